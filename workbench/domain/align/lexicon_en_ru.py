"""English stems and the Russian lemmas they translate to, learned from Debian's
human translations by `bench/align_lexicon.py` (generated: do not edit by hand).

60760 units of 1-25 English words, none from the packages of the
alignment test sets (137767 units left out); Dice >= 0.2, together >= 3.
"""

LEXICON = """
abbrevi аббревиатура сокращение
able смочь
aboriginal канадский
abort прервать
about информация
above высоко над
absolute абсолютный
abstract абстрактный
accel ускоритель
acceler ускорение
accelerator ускоритель быстрый
accent акцент суффикс
accept принимать принять
acces доступ
access обращение
accessibility специальный вспомогательный технология
accidental предотвращение случайный
accord согласно
account учетный запись аккаунт
accuracy точность
ace туз
achieve мощность желаемый
acknowledge вступить
acquire псевдо
acr акр
act выборщик разовый действовать
action действие
activ активация
activat активировать
activate активировать деактивировать
active активный
activity комната активность
adapter адаптер
adaptive адаптивный
add добавить добавление
addendum дополнение
addition сложение
additional дополнительный
addres адрес
addressbook адресный
adjacent соседний
adjust настроить
adjustment коррекция
administrator администратор обратиться
advanc расширить
advertisement анонс
advis рекомендоваться
aegean эгейский
aerobic аэробный нагрузка
affect влиять тег
affili роль
afghanistan афганистан
africa африка
after после
again снова раз попробовать
against обычный
age давность
agent агент
ago назад около
airplane авиаперелет авиарежим
aisleriot айслериот пасьянс
alarm будильник напоминание
albania албания
albanian албанский
album альбом исполнитель
alentejo алентеж
alexander александр
algeria алжир
algorithm алгоритм
alia псевдоним
alias сглаживание
align выровнять выравнивание
alignment выравнивание калибровка
all весь
alloc размещение выделение
allocate разместить выделить память
allow разрешить
alp альп
alpha альф прозрачность
alphabet алфавит
alphabetic алфавитный
alphabetical алфавит
alphanumeric буквенный наносить магнитная
already существовать
also также
alt альт
alta альт
alternat альтернатива чередование
alternate альтернативный
alternative альтернативный
altgr междунара
alway всегда
ambiguou неоднозначный сомнительный
america америка
american латиноамериканский испанский американский
amsterdam амстердам
anaerobic анаэробный нагрузка
analys анализ
analysi анализ
analytic аналитический
analyz анализ
analyzer анализатор
anchor привязка цикличный
angl тригонометрический угол
angle угловой угол наклон
anim анимация
animate анимировать
annot комментарий рецензирование примечание
anonymou анонимный
another другой
answer вопрос ответ
anti сглаживание
antialia сглаживание
any люба
anyth ничего
anyway равно
anywhere любой
apostrophe апостроф латышский
app применить
appear появляться
appearance внешний
appenzell аппенцелля
appl применяться применить применимый
applet апплет фабрика
applic приложение
apply применение
april апрель
arabic арабский
arch архитектура
architecture архитектура
archive архив
area область
argument аргумент
arithmetic арифметик арифметический
armenian армянский
around вокруг вести
array массив многомерный матрица
arriv прибыль
arrow стрелка
art нить
artist исполнитель альбом
ascend возрастание
ask спрашивать
aspect соотношение пропорция
assertion утверждение
asset оптимальный масштабировать
assign назначить присвоить
assignment присваивание присвоение назначение
assistant помощник
assistive предпочтительный зрение передвижение
associ ассоциация
associat связанный ассоциированный
assum предполагать
asymptotic асимптотический регрессия
asynchronou асинхронный
atom атом
atomic элементарный атомарный
attach вложить прикрепить
attachment вложение
attack атака
attempt попытка
attendance участие
attende участвовать приглашение участник
attention внимание
attica аттик
attribut атрибут
attribute атрибут
audio звуковой аудио
audit аудит
august август
australia австралия
austria австрия
authentic аутентификация пройти необходимо
authenticate аутентифицировать идентификация
authenticator аутентификатор
author автор
authority сертификация центр
authoriz авторизация
auto автоматический
autocommit автозавершение транзакция
autocompletion автодополнение
autodetect автоопределение
autoinstall аутентификатор
automatic автоматический
automatical автоматически
autonomou автономный
autosave автосохранение
autostart автозапуск
autoview автопросмотр
available доступный недоступный
avatar аватар
average средний
away отойти отсутствие
axe ось
axi ось
back назад
background фон фоновый
backslash коса черта
backtrace стек
backup резервный копия копирование
backward назад
bad плохой
baix баш
baker дюжина
balance баланс голубой
ban бан
bangla бенгальский индий
bann забанить
bas основать основа
base базовый
baseline базовый
basic базовый
batch пакетный
battery батарея заряд
bay бей
baybayin байбайинский филиппинский
bds очищать
beat такт удар
because потому так
beep подавать проигрывать
before перед
begin начинаться заглавный
beginn начало
behavior поведение
behaviour поведение
beira бейра
belaru беларусь
belarusian белорусский
belgian бельгийский
belize белиз
bell проигрывать
belong принадлежать
below ниже
berber берберский тифинагский марокко
beside сбоку
best хороший
beta бета
better лучше
between между расстояние
bevel скос вокруг
bidirectional двунаправить
big большой
bin контейнер
binary двоичный бинарный
bind комбинация статичный клавиш
birth рождение
birthday рождение
bit бит битный
bitfield битовый ширина
bitmap растровый
bitrate битрейт
bitwise побитный
black черный
blacklist черный
blank чистый пропуск
blend совмещение
blink мигание мигать
blizzard бурить снежный пурга
block блок
blow пурга бурить
blue синий
bluetooth адаптер
blur размыть
board доска
body тело
bold полужирный жирный
bolívar боливар
bonus бонус фальшивый
book глоссарий книга адресный
bookmark закладка
boolean булев побитовый логический
boot загрузочный
bootable загрузочный
bootstrap загрузчик
border рамка граница вокруг
bosnia босния
bosnian боснийский
both оба
bottom нижний снизу сверху
bounc перенаправить
bounce прыгать перенаправить
boundary построение граница
box выпадать
bpm удар
brabant брабант
brac фигурный угловой скобка
bracket скобка парная угловой
braille брайлить рука
branch ветвь
brazil бразилия португальский навить
break перерыв неразрывный
breakpoint останов вставлять остановка
breezy ветер слабый
brief краткий
bright яркий жирный
brightnes яркость
britain великобритания
british британский
broadcast широковещательный
broken повредить
brown коричневый
browse обзор
browser браузер обозреватель
brush кисть
buffer буфер
bug сообщить
build сборка
built собранный
builtin ярлык боковой
bulgarian болгарский
burkina буркин фасо
burn записать
burst съемка серийный
bus шина
busines служебный бизнес
busy занятый занятость публикация
button кнопка
byt байт
byte байт
bytecode байтовый
bzip сжатый
cach кэшировать
cache кэш
calcul вычисление
calculat вычислить вычисление
calculate вычислить
calculator калькулятор
calendar календарь
calibr джойстик калибровка
call вызов вызвать
callback обратный
caller абонент логотип вызывать
camera камера предоставляться
cameroon камерун
can можно может мочь
canada канада
canadian канадский
cancel отменить отмена
cancell отменить
cannot невозможно мочь
canon серия
canva холст
capabilit возможность
capable способный
capacity емкость
cape капская
capewell кэйпвелла филиппинский
capital столица прописной столичный
capitaliz капитализация
capture захват
car автомобиль
card карта карточка
careful внимательный
caret каретка
carniola карниол
carpalx оптимизация междунара
cartridg картридж
cartridge картридж служебный
case регистр учитывать учет
castle замок
catalonia каталония
categor категория
categorical качественный
category категория
cause привести
cds очищать
cell ячейка
celsiu цельсий
center центр центрировать
centimeter сантиметр
central центральный
centre центральный
certain определенный
certif заверить
certific сертификация
certificate сертификат
certify заверение
chain цепочка
chance возможный снег маловероятный
chang изменение изменить утерять
change изменить изменение
changeable равно
channel канал
chanop оператор убирать
character символ текстовой
characteristic характеристика
charg зарядить перестать скоро
charge зарядка
chart диаграмма
chat чат групповой
check проверить проверка
checker орфография
checksum сумма контрольный
child дочерний потомок
chilean чилийский
china китайский
chinese китайский упростить традиционный
chip смарт
choos выборщик разовый выбирать
choose выбрать
chooser выборщик разовый действовать
chunk кусок
cipher шифр
circle окружность
circular круговой
city город
ciudad сьюдада
cjk ккя иероглиф
clas класс определение
classic классический робот
clea чистить
clean очистка
clear очистить
click щелкнуть нажать чтобы
client клиент
clip клип
clipboard обмен буфер скопировать
clock час
clockwise против часовой повернуть
clon клонирование клонировать
clone клонировать клонирование
clos закрытие закрытый закрывать
close закрыть
cloud облачность облако
cloudy облачно облачность преимущественно
club треф положить
cluster кластер кластеризация
coast инерция
code код
codec кодек
codepage конвертация кодовый
codoc несоответствие
coefficient коэффициент
coerce приведение
colemak коулмак
collaps свернутый
collapse свернуть
collect собирать
collection коллекция
colon двоеточие
color цвет цветовой
column столбец колонка ширин
com сайт регулировать
combin комбинировать диакритический
combo выпадать раскрываться
comic комикс
comma запятая венгерский разделить
command команда
comment комментарий
commercial коммерческий
commit коммит фиксация
communic связь
communicate связаться
compact компактный
compare сравнить сравнение
comparison сравнение
compatibility совместимость
compatible совместимый
compil компиляция скомпилировать
compile компиляция скомпилировать компилировать
compiler компилятор
complet завершить
completion автодополнение дополнение
complex комплексный
component компонент
compose составной
composer композитор отсоединить
composit композитный
composite композитный составной
compositor композитор
compostela компостел
compres упаковать сжать
compress сжатый
compression сжатие
compute доверительный высчитать подсчитать
computer компьютер
condition условие
conditional условный останов
confidence доверительный высчитать подсчитать
configur конфигурация настройка
configure настроить
confirm подтверждение подтвердить
conflict конфликт конфликтовать неразрешенный
congo конго демократический республика
congratul поздравлять выиграть
connect подключиться подключить подключение
connection соединение подключение
consider считаться
consistency целостность
console консоль
constant константа постоянный
constrain наклон зафиксировать соотношение
constraint ограничение
consumption энергопотребление
contact контакт
contain содержать
container контейнер машин
content содержать
context контекст
contextual контекстуальный контекстный альтернатива
continent материк
continu продолжение продолжить
continue продолжить продолжать движение
continuou непрерывный
contrast контраст контрастность
control управление
controller контроллер игровой
converg сойтись итерация
converge сойтись итерация
convergence сходимость
convers беседа
conversion преобразование конвертация
convert преобразовать
converter преобразователь
coordinat координата
coordinate координата
cop скопировать
copenhagen копенгаген
copy копировать копирование скопировать
copyright авторские авторский право
cor запланировать столкнуться
core разработчик
corner угол касание
corozal коросалить
correct правильный правильно
correction цветокоррекция
correspond соответствовать
corrupt повредить
cosine косинус гиперболический
cost стоимость
could удаться
countdown отсчет съемка
counter контрпредложение счетчик
counterclockwise против
country страна
county округ
cover крышка обложка
cpu процессор цпу частота
cran зеркало
crash аварийный
creat создание создать
create создать
creator создатель
credential учетный реквизит
crimean крымский татарский турецкий
criteria критерий
critical критический подсветить
crl отозвать
croatian хорватский
cros кросс
crtc контроллер
cruz крус сант
crypto криптоконтекст криптомеханизм
cryptographical криптографически
cumulative возрастать
cup чашка
currency валюта
current текущий
cursive курсив
cursor курсор
curve кривая
custom пользовательский
cut вырезать
cyan голубой
cycl велосипед расход энергия
cycle цикл
cylinder цилиндр
cyrillic кириллица кириллический черногорский
czech чешский
daemon демон служба
danish датский
darfur дарфур
dark темно темный
darken затемнить
darkest самый
darknes затемнение
dash штрих тир
data данные
database баз данные
datagram датаграмма
date дата
davao давао
day день
daylight дневной бесцветный общественный
deactivate деактивировать активировать
dead спецклавиш венгерский междунара
deal сдать расклад
deallocate освободить
debug отладочный отладка
debugg отладка отладочный
debugger отладчик
decad десятилетие
december декабрь
decimal десятичный
deck ярус колода сдать
declar объявление объявить
declare объявлять
declin остаток
decod декодирование декодировать
decode раскодировать декодировать
decoder декодер
decompile декомпилировать
decomposition разложение глиф
decor декорация
decreas уменьшаться
decrease уменьшить уменьшение
decrypt расшифровать расшифровка
decryption расшифровка расшифровать
deep глубокий рекурсия
default умолчание
defin определить
definite определенный
definition определение класс
degre свобода градус
degree градус
del дель
delay задержка
delegate делегат
delegatemodel менять
delet удаление
delete удалить
delimiter экранировать разделитель спецификация
deliver параллельный выдать
delivery доставка
dell ноутбук
delta дельта различие
demerara демерар
democratic демократический конго республика
den отказать запретить
dendrogram дендрограмм
denmark даний
denominator знаменатель
dense плотность
density плотность шкала плoтнocти
deop убирать
depend зависеть
dependenc зависимость
dependency зависимость
deploy развертывание
deprecat устарелый устаревший
depreci амортизация остаток
depth глубина
deriv определяться отдельно примечание
derivative производная второй
descend убывание
describ описывать
description описание
descriptor дескриптор
design дизайн сбалансировать
designat предназначить
designer дизайнер
desir желаемый мощность
desktop стол рабочий
destin назначение
destroy угроза повреждение уничтожение
detach отсоединить
detail подробность подробный деталь
detect обнаружить
determin средство определять
developer разработчик защитить
development разработка
devi отклонение
device устройство
dfa дка
diacritical диакритический
diagnostic диагностик
diagonal диагональ
diagram надпись
dialog диалог диалоговый
diamond бубен положить
dictionary словарь источник
died движок
diff различие
differ различаться отличаться
differenc отличие
difference различие
different разный другой
difficulty сложность
diffie диффи
digest дайджест
digit цифра
digital цифровой
digraph диграф
dimension измерение размерность
dimensional одномерный
dimnam многомерный
dinar динар
direct напрямую прямая непосредственно
direction направление
directive директива
directory каталог
disabl отключить выключить
disable отключить
disc диск
discard отбросить отклонить
disclose раскрыть
discourag допускаться
discovery обнаружение сервис
disk диск
display отображать
distance расстояние
distinct различаться подгонка
distribution распределение дистрибутив
district округ
disturb беспокоить отключение
dither сглаживание
divert отклонение
divide делить
division деление назвать
dock док
document документ
doe поддерживать существовать
dollar доллар
domain домен доменный
dominican доминиканский республика
done готовый
dot венгерский точка
double двойной щелчок
down вниз
download загрузка загрузить
dozen дюжина
dpi высокий
draft черновик
drag вести мыший картинка
draw рисовать нарисовать мыший
drift метель
drive привод
driver драйвер
drizzle морось переохладить
drop капля
dropdown выпадать
dry высыхание
dst летний
dtd мета
dual двухслойный
dump дамп
duplex переворот
duplicat повторяться
duplicate повторяться дублирование
dur длительность
dust пыльный песчаный бурить
dutch голландский
dvorak дворак
dynamic динамический
dynamical динамически
each каждый
earlier ранний
ease облегчение написание
east восточный
eastern восточный
easy легкий
economy экономный
edge край краевой
edit редактирование изменить редактировать
editor редактор
effect эффект
effective эффективный
eib эиб эибит
eight восьмерка восемь
eighth восьмой
either либо
eject извлечение извлечь отвергнуть
element элемент
ellipsi эллипсис
ellipsize эллиптизация
elliptic эллиптический
else иначе
email электронный почта письмо
embedd встроить
emirat эмират
emoji эмодзи смайлик
empty пустой
emul эмуляция
emulator эмулятор
enabl включить
enable включить
enclos обрамить
encod кодировка
encode кодирование перекодировать
encoder кодировщик кодирование
encounter столкнуться обнаружить
encrypt зашифровать шифровать
encryption шифрование
end конец
endian младший старший
endpoint оконечный
energy энергопотребление потребление энергия
engin поисковый движок
engine движок поисковик
english английский междунара великобритания
enhanc улучшить усилитель глянец
enough недостаточно достаточно
ensure убедиться
enter ввести
entropy энтропия
entry запись
enum перечисление
enumer перечисление
enumerat перечисление
enumerator перечислитель
envelope конверт японский
environment окружение
environmental окружать
episod эпизод
episode эпизод сезон
epsf директива
equal равный равняться
equivalent эквивалент
era мусор
eraser ластик
ergonomic эргономичный
error ошибка переть произойти
escape директива последовательность экранировать
esperanto эсперанто
estimat примерный оценка
estonian эстонский
ethiopic эфиопский
euro евро
european европейский
even даже четный
event событие
every каждый
everywhere везде
exact точность точный ровно
exampl пример
example например пример
exce превышать
exceed превысить превышать лимит
except кроме
exception исключение
exclud исключить
exclude исключить исключать
exclusive взаимно исключать
executable исполняемый
execute выполнить
exempt исключение
exercise упражнение
exhaust исчерпать
exist существовать
existence существование
existent несуществующий
exit выйти съезд кольцо
expand развернуть
expander экспандер раскрытый
expect ожидаться присваивание требоваться
experimental экспериментальный
expert эксперт экспертный
expir просрочить срок истечь
explicit явный
export экспортировать экспорт
expose пробросить
expression выражение регулярный
expung уничтожение
extend расширить расширение расширять
extension расширение
extent протяженность
external внешний
extra дополнительный
extract распаковать распаковка извлечь
extraction распаковка распаковать
eye глазок глаз
face рубашка верх низ
factor фактор коэффициент
factorial факториал
factoriz разложение множитель
factorize множитель
factory фабрика апплет
fahrenheit фаренгейт
fail удаться
failure сбой
fair ясно
faithful точный
fak фальшивка
fake бонус фальшивый
fall падать
fallback запасной
fami семейство
farther дальнейший
faso буркин фасо
fast быстрый
fatal фатальный
favorit избранный
favorite избранный
fax факс
featur возможность
february февраль
federal федеральный
feed лента подача рулонный
feedback регулировка
feeder подача
feet фут
fernando фернандо
fetch получение
few маленький различаться подгонка
field пол поле
fifth пятый
figur разделяться фигура
fil файл
file файл
filesystem файловый система
filipino филиппинский кэйпвелла байбайинский
fill заполнение заполнить
filter фильтр
final окончательный
financial финансовый научный
find найти
fine качественный
finger палец считывание отпечаток
fingerprint отпечаток считывание повторять
finish завершить
finite конечный
finland финляндия
finnish финский
fire вспышка
firmware прошивка
first первый первое
fit подгонка
fitt подогнать подгонка
five пятерка пять
fix фиксированный исправить
flag флаг
flash вспышка карточка
flashcard карточка оборотный лицевой
flat плоский
flip отразить переворачивать перевернуть
float плавать
floppy гибкий дисковод
flurr мокрый небольшой снег
focu фокус
fog туман гроза ливневый
folder папка
follow следовать
font шрифт
for длить
forbidden запретить
forc вынудить остановиться почесть
force принудительный принудительно
forecast прогноз погода
foreground передний план задний
forget забыть
fork развилка
form форма
formal формальный
format формат
formatt форматирование отформатировать
former бывший
formula формула
fort форт
forward вперед переслать
found найти
four четверка четыре
fourth четвертый четвертовать
fraction дробь дробить
fram кадр
frame кадр рамка
france франций франс
francisco франсиско
fre освободить
free свободный занятость
freedom свобода степень
freehand произвольный
freetype глиф
freez переохладить морось дождь
french французский альт
frequency частота процессор
friday пятница
friend друг
front лицевой передний
frontend клиентский
ful полностью
full полный
fullscreen полноэкранный
function функция общий
funny выглядеть
further последующий
future будущее будущий
fuzzy нечеткий
galik галик монгольский
gallery галерея
game игра
gamma гамма
gantt гант диаграмма
gap зазор
garbage мусор
garonne гаронна
gateway шлюз
gave выдать
geary столкнуться
gegenbauer гегенбауэр многочлен
gener генерация
general общий
generat сгенерировать
generate генерировать
generator генератор
generic общий функция универс
genr жанр
genre жанр
geo геогра
geocode координата
geometry геометрия
georgia грузия
georgian грузинский
german немецкий швейцария
germany германий
gestur жест
gesture жест росчерк
get получить
gett получение
ghana гана
gib гибнуть гибит
giv давать никто
give дать
glacier ледник
glitter вылет
global глобальный
glos глянец усилитель
glossy глянцевый глянец фотобумага
glucose глюкоза
glyph глиф
gnupg аудит
godavari годавари
good хороший
gost гост битный
got получить
grab захватить
gradient градиент
grain зерно снежный
grande гранд рио
graph график граф
graphic графический
graphical графический
gray серый шкала
great великобритания
greater больше
greece греция
greek греческий
green зеленый
greet приветствие
grid сетка
grip уголок
group группа групповой чат
grow расширяться
gtree правильно
guatemala гватемала
gues назвать упражнение страна
guess похожий
guid подвижной направлять
guide направлять
guillemet елочка кавычка
guinea гвинея
gulf залив
hail град гроза мелкий
half половинный половинчатый
halt несмотря
hamgyŏng хамген
hand левша рука брайлить
handbook руководство
handl обработка
handler обработчик
handshake квитирование установление связь
hangul хангылить чамо
happen случиться происходить
hard жесткий
hardcod жесткий
hardcopy беспроводный
hardlink жесткий
hardware аппаратная оборудование аппаратный
has иметь
hash хэш
have иметь
haze дымка гроза
head головка
header заголовок
headphon наушник
headset гарнитур наушник
health медицинский прибор
heap куча
heart черви чсс положить
heavy сильный усиливаться дождь
hebrew иврит
height высота
held удержание
helena елена святой
hello установление
help справка помощь
helper вспомогательный
here здесь
hessian гессиан
hex шестнадцатеричный шестн
hexadecimal шестнадцатеричный
hextone серый шкала плотность
hibernat спать
hibernate спать перевести гипернация
hidden скрытый
hide скрыть скрывать
hierarchy иерархия
high высокий
higher высоко задаваться
highest материк высокий
highlight подсветка подсвечивать
hindi хинди
hint подсказка
historic исторический
historical исторический
history история журнал
home домашний
homepage домашний посетить
homogeneou однородный гомогенность
horizon горизонт симуляция
horizontal горизонтальный горизонталь
host хост узел
hostname хост узел
hour час
hover наведение указатель
how сколько
however однако
hub отверстие
hue оттенок тон сдвиг
human игрок
hungarian венгерский спецклавиш запятая
hungary венгрия
hwanghae хванхэ
hybrid гибридный наследственный
hyperbolic гиперболический косинус тангенс
hyperlink гиперссылка
hyphen дефис
i'm разблокировать
ice ледяной круп крупа
icelandic исландский
icon значок
idea идея
identifier идентификатор
identify идентификация
ideograph ккя иероглиф
ign отказаться шифр отказ
ignor игнорироваться проигнорировать пропустить
ignore игнорировать
illegal недопустимый
imag изображение
image изображение образ
ime отказаться
immediate немедленно сразу окончательно
imperial имперский
imphal импхала
impl подразумеваться подразумевать
implement реализовать разработать реализованный
implicit неявный член
import импортировать импорт
important важно важный
improvement улучшение
inactive неактивный отпустить
inappropriate неподходящий
inbox входить
inch дюйм рулон ширина
incidence мероприятие
includ включать
include включать
incom входить
incompatible несовместимый
incomplete неполный
inconsistent противоречивый нечувствительный
increas увеличиваться возрастать увеличивать
increase увеличить увеличение
increment приращение
indent отступ
index индекс
indexer индексирование
india индий бенгальский
indicat булев
indicator индикатор
individual отдельный
indonesian индонезийский
infinite бесконечный неопределенный
info информация
infont вых
inform информация сведение
inherit унаследовать наследовать
inhibit блокировка несмотря устанавливать
initial начальный первоначальный
initializ инициализация инициализировать
initialize инициализировать
ink чернила картридж
inod inode'
inotify слежение
input входной ввод
insecure небезопасный
insert вставить вставка
inside внутри окончиться
inspect исследовать
inspector инспектор
install установить установка
instance экземпляр
instant мгновенный
instead вместо
instr промах выборка инструкция
instruction инструкция
insufficient недостаточно недостаточный
integer целое целочисленный
integr интеграция
integral первообразный
integrity целостность
intend задумать выглядеть
intensity интенсивность
interactive интерактивный неинтерактивно
interest ставка периодический
interface интерфейс
interleave чередование
internal внутренний
international международный
internet интернет
interpolate интерполировать
interpret интерпретировать
interpreter интерпретатор
interrupt прерывание прервать
interval интервал
intl междунара английский спецклавиш
introduce угроза повреждение представлять
introspect интроспекция
introspection интроспекция
intuitive створка
invalid неправильный неверный недопустимый
invalidate аннулировать
inverse гиперболический косинус
invert инвертировать
invertible скользить среднее
invisible невидимый
invit приглашение пригласить
invite пригласить
iran иран курдский
iraq ирак курдский
ireland ирландия
irregular неровный мозаика
ise суффикс
island остров виргинский
iso стандарт наносить
isolate изоляция
issu выдать
issue оформить
issuer издатель
ita италия
italian итальянский
italic курсив
item элемент
iter итерация сойтись
ith шифр отказ
itself сам себя внутрь
ize суффикс
jack валет
jamo чамо джамо хангылить
january январь
japanese японский конверт
java ява
job задание
john джонс сент
join присоединиться зайти
joiner несвязывать связывать неразрывный
joker джокер
josé хосе
journal дневник
joystick джойстик калибровка
juan хуан
july июль
june июнь
junk спам
just просто
justif выровнять
justific выравнивание
justify выровнять
kabyle кабильский спец
kagapa фонетический
kaku конверт
kalimantan калимантан
kana кан альтернатива
kanji кандзи
karelia карелия
kasaï касаи
kazakh казахский
kbp кбит
keep держать
kelvin кельвин
kern кернинг
kernel ядро
key ключ клавиш
keybind ассоциированный
keyboard клавиатура комбинация
keycode скан
keyfram ключевой
keyframe ключевой
keymap раскладка
keypad цифровой
keypres проигрывать
keypress дальнейший активировать
keyr связка
keyword ключевой слово
khorasan хорасан
khz кгц
kib киб
kick выгнать выкинуть кик
kill убить
kilobyt килобайт
kilometer километр
kind нереализованный
king король
kit разработка
klondike косынка
know знать знаете
known известный
korea корея кндр республика
korean корейский
kurdish курдский латинский иран
kwallet бумажник
label метка этикетка дюйм
lag лаг
lake озеро
landscape альбомный
languag язык
language язык
lanka ланка шри
laptop ноутбук
large большой больший слишком
las ласа пальмас
last последний
later поздний
latin латинский латиница курдский
latvian латышский апостроф программист
launch запустить
lay скомпоновать компоновать
layer слой двухслойный
layout раскладка
lazy ленивый
lead ведущий
leak утечка отчет
leap високосный
lear шифр отказаться отказ
learn выучить изучение обучение
least мера минимум крайний
leave оставить покинуть полноэкранный
left левый слева налево
legacy устаревший
length длина
les маленький
let позволять
letter буква заглавный начинаться
level уровень ряд
libmount инициализация
librar библиотека
library библиотека фонотека
license лицензия
lid крышка ноутбук
ligatur лигатура
light небольшой светло снег
lighten осветлить
lightest светлый
like вероятный
limit ограничение лимит
line строка
linear линейный линейно
linediff построчный
linguist пакетный
link ссылка
linker компоновщик
linter синтаксис
list список
listen прослушивать слушать прослушивание
literal литерал
lithium литий
lithuanian литовский
little мизинец
load загрузить загрузка
loader загрузчик
loc местоположение расположение
local локальный
locale локали локаль
localiz локализовать локализация
lock заблокировать блокировка
log журнал
logarithm логарифм
logarithmic логарифмический
logg несмотря
logical логический
login вход
logistic логистический
logo логотип абонент
logout выход
loire луара
long длинный слишком
look выглядеть искать
lookbehind утверждение
loop цикл цикличный
los лос потеря
lossy потеря
lost утерять безвозвратно потерять
lot вынудить остановиться почесть
lov любимый песня
low низкий заряд батарея
lower нижний
lowercase строчной
luma инвертировать
luster люстровая фотобумага
lyric песня
macedonia македония
machine машин машинный
macro макрос
made внести утерять безвозвратно
madeira мадейра
magenta пурпурный баланс
magic магический
magnatune магазин
magnetic магнитная магнитный наносить
magnifier увеличитель
magstripe магнитная
mail почта почтовый
mailbox ящик почтовый
mailcap способ
main главное основной
maintainer сопровождать
maintenance картридж служебный
make сделать
malform сформировать
mali мали
maltese мальтийский
manage управление
manager менеджер диспетчер
mandatory обязательный
manifest манифест
manual вручную руководство ручной
manufacturer производитель
many много слишком
map карта
march март
margin граница
marginal частично
marino марино
mark отметить пометить
marker маркер
markup разметка
mas масса
mashonaland машоналенд
mask маска
master мастер
match соответствовать совпадение
math математический юникодная
mathematical математический
matrix матрица
matte матирование матовый
max макс максимум
maximiz развернуть
maximize растянуть
maximum максимальный
may может
mayo майо
mbr наследственный гибридный
mean означать перезапуск
meaningful значимый смысл
measurement измерение
mechanism механизм
media носитель
medial медиальный
meet встреча
megabyt мегабайт
member член участник
memory память
menu меню
merge объединение перестроиться объединить
messag сообщение
message сообщение
messenger мгновенный
meta мета
metadata метаданные
metafile метафайл
metal металл
meter метр лимитный
method метод
metric метрика метрический показатель
mexico мексика
mhz мгц
mib миб менее
microphone микрофон
mid нейтрально
middle средний одновременный
migrate перенести
mil миля
millimeter миллиметр
millisecond миллисекунда
min мин
minimiz свернутый
minimum минимальный
minor минорный
minu минус
minut минута
minute минута безвозвратно утерять
mirror зеркало зеркальный
mis промах выборка кэш
miscellaneou прочий
mismatch несоответствие
mispredict предсказать ветвление
miss отсутствовать пропустить
misspell правописание
mist туман ливневый
mix смешанный временами снег
mixer микшер
mnemonic мнемонический мнемоник
mobile мобильный улица бесцветный
mobility передвижение предпочтительный
modal модальный
mode режим
model модель
moderator модератор
modern современный
modif изменить
modific модификация
modifier модификатор
modular модульный битный
module модуль
monday понедельник
mongolian монгольский галик
monitor монитор отслеживать
monochrome черно
monospace моноширинный
monte монт
montenegrin черногорский кириллица латинский
month месяц
more более больше один
morocco марокко тифинагский берберский
mosaic мозаика неровный шестиугольная
most преимущественно
motion движение
mount монтирование примонтировать
mountpoint монтирование
mouse мышь мыший вести
mov ход безопасный
movable подвижной направлять
move переместить положить
movement движение
movie фильм
mph миля
msgid облегчение
msn экранный
much сколько
multi многотомный
multibyte многобайтный
multicast мультикаста
multilingual многоязыковый
multimedia мультимедийный
multiple несколько
multiplic умножение
multiplicate умножение
multivariate многомерный разработать
music музыка музыкальный
musical музыкальный
must должный быть должно
mute звук микрофон приглушить
mutual взаимно исключаться исключать
mwh мвт энергия
myanmar мьянманский
nakhon накхон
nam именовать имя
namdo намдо
name имя название
namespace пространство
native нативный
nativo навить бразилия португальский
natural естественный натуральный
navig навигация навигационный каретка
nce отвергнуть принять
ncrypt шифр оба отказ
near вынудить остановиться почесть
nearest близкий
necessary необходимый
need нужный
negative отрицательный неотрицательный
neighbor сосед
nelson нельсон
neo немецкий
nest глубокий вложить рекурсия
netherland нидерланды
network сеть сетевой
neutral нейтральный
never никогда
new новый новое
newlin атака
newline завершать
newsgroup новость
next следовать ряд положить
nice уступчивость задаваться
nick ник персона
nickel никель
nickname ник
night ночной ночь ночное
nightmare кошмар
nile нил
nine девятка девять
ninth девятый
node узел
noise шум
nonempty непустой
nonexistent несуществующий
nonmember член
nonnegative неотрицательный
nonsense бессмысленно логарифмический шкала
nonstandard нестандартный гант диаграмма
nonzero ненулевой
nord северо
normal обычный фон
normaliz нормализовать нормализация
norte северный
north северный северо
northern саамский северный
norwegian норвежский
note заметка замечание
notebook блокнот
noth нечего ничего
notice авторские
notific уведомление
notify уведомлять
november ноябрь
now теперь сейчас
nueva нуэв
number число количество номер
numeral арабский
numerator числитель
numeric числовой
numerical численный
nyong ньонг
o'clock ровно
oauth секрет предоставляться того
obj контраст
object объект
oblast область
observ наблюдение
obsolete специфический устаревший
occur встречаться
occurr произойти возникнуть
occurrenc повторение
occurrence вхождение
ocean океан
oceania океания
ocsp ответчик
octal восьмеричный
october октябрь
odd нечетный встретиться
off выключить
offer контекстный предлагать
office кабинет офисный
offline автономный
offset смещение
often часто
old старый старое
olpc афганистан
omitt логарифмический
once раз
one один
onetime выборщик разовый действовать
ongo идти
online онлайн
only только
onto положить
oop эхтыж
opacity непрозрачность прозрачность
opaque непрозрачный прозрачно прозрачность
open открыть открытый
openssl подпроцесс
oper операция
operand операнд
operat операционный
operator оператор логотип
opposite противоположный второй
optical оптический
optimal оптимальный
optimis оптимальный
optimiz оптимизация
optimize оптимизировать
option параметр опция
optional необязательный необязательно
orange оранжевый
order порядок
organiz организация
organizational подразделение организация
organizer организатор
orient ориентация
original оригинальный исходный изначальный
oriya орийя
ossetian осетинский
ostrobothnia остроботние
oth шифр оба отказ
other другой
otherwise противный случай иначе
out вне
outfont вых
outgo исходить
output вывод выходной
outside вне
over поверх
overburn избыточный
overcast сплошной
overcoat защитный покрытие
overflow переполнение
overlap перекрытие перекрываться
overlay исчезать блокирование
overlong сверхдлинный
overrid переопределять переопределение
override переопределить
overview обзор обзорный
overwrite перезаписать перезапись заменить
overwritten перезаписать
own принадлежать собственный
owner владелец
p'yŏngan пхенан
pacific океан тихий
pack упаковка
packag пакет
package пакет
pad гнездо контактный
padd дополнение
pag страница
page страница
pager пейджер просмотрщик
pair сопряжение сопрячь пар
pakistan пакистан урдскай
palette палитра
palm ладонь
palma пальмас ласа
pane боковой галерея
panel панель
pango разметка
paper бумага фотобумага рулон
paragraph абзац параграф
parallel параллельный выдать
parameter параметр
paranoia параноидальный прежний
parent родительский родитель
parenthes круглый скобка автодополнение
parenthesi скобка
pargana паргана
pars разбор
parse разобрать разбор обработать
parser анализатор
part часть частить
partial частичный частично
participant участник
partition раздел таблица
pass передать
passphrase фраза
password пароль
paste вставить вставка
patch гряда
path путь
patience пасьянс
pattern шаблон образец
paulo паула
paus приостановить
pause приостановить пауза приостановка
payment оплата
pcl универс широкий цветной
pda кпк
pedestrian пешеходный ночной улица
pedro педро
peer участник
pellet ледяной круп крупа
pen ручка цифровой
penedè пенедес
people участвовать человек
percent процент
percentage процент процентный
performance производительность производительный снизить
period временами период смешанный
periodic периодический ставка оплата
periodical периодический
permanent безвозвратно утерять навсегда
permission право разрешение недостаточно
persian персидский
persistent постоянный
person персона ник человек
personal персональный личной
peso песо
phase фаза этап
phone телефон
phonebook телефонный книга
phonetic фонетический русский
photo фотобумага фото фотография
phrase глоссарий фраза
physical физический
pib пибит
pictograph пиктограмма
picture картинка щелкнуть вести
pin закрепить
ping тестовый
pinn закрепить
pipeline конвейер
pixel пиксел пиксель
pixmap растровый
place положить ряд
plain обычный
plaintext незашифрованный производиться
plan план
plata плат
platform платформа
play воспроизведение воспроизвести
playback воспроизведение
player проигрыватель игрок мультимедийный
playlist воспроизведение
please пожалуйста
plot график построение
plugin модуль плагин
plural множественный
podcast подкаст лента
point точка
pointer указатель
policy политик
polish польский
poll опрос
polygon многоугольник
polynomial многочлен гегенбауэр
pomerania воеводство
pool пул
popular популярный
popup всплывать
port порт
portable переносить портативный
portal портал
portrait портретный книжный перевернуть
portugal португалия
portuguese португальский бразилия
position позиция положение
positive положительный
possible возможный
post пост
postcard открытка
postpon отложить перерыв
postpone отложить
postprocess постобработка
pound фунт
power низкий заряд батарея
ppenc отказаться шифр отказ
pradesh прадеш
prc конверт
precision точность
predecessor предшествовать
predefin предопределить
predicate предикат
prediction предсказание
predictor предиктор
prefectur префектура
prefer предпочитать предпочтение
preferr предпочтительный предпочитать зрение
prefix префикс приставка
premature преждевременный
premium фотобумага люстровая полуглянцевый
prepar подготовка
prepare подготовить
pres нажать нажатие
present презентация
preset предустановка
press нажатие
pressure давление ластик стилус
prevent предотвращение запрещать
preview предпросмотр предварительный просмотр
previou предыдущий
previous ранее
primary первичный основное главный
prime множитель
primitive примитив первичный примитивный
prince принс
print печать напечатать печатать
printer принтер
priority приоритет
privacy конфиденциальность
private приватный секретный личной
privileg привилегия понизить
probab вероятно
probabilit вероятность
probability вероятность
problem проблема
procedure процедура
proces процесс столбец
process обработка процесс
processor процессор
produc производство производиться
product продукт
profil профилирование профилировочный
profile профиль профилирование
profiler профилировщик
program программа
programm программирование
programmer программист латышский
progres ход выполнение индикатор
project проект
prolog пролог
pronunci произношение
propert свойство
property свойство присваивание
proportion пропорция
proportional пропорциональный
proposal контрпредложение предложение
protect защитить
protection защита
protective наследственный гибридный
protocol протокол
prototype прототип
provid предоставить предоставляться
provide предоставить
provider поставщик провайдер услуга
provinc провинция
prox прокси
proxy прокси
pseudo псевдо
public публичный открытый
publish публикация опубликовать занятость
publisher издатель
puerto пуэрто
pukto пукто
pulse пульсация
punctu пунктуация препинание знак
punycode паникод
purple фиолетовый
put сосед помещать
puzzl головоломка
puzzle головоломка пазл
qazaqstan казахстанский
qml отладчик
qtif атом
qualifier спецификатор квалификатор импортирование
quality качество высокий
quantifier квантификатор
queen дама
query запрос
question вопрос
queu очередь
queue очередь
quick быстрый
quiet бесшумно тихий
quit выйти
quiz тест назвать
quot кавычка цитировать закавычить
quota квота
quote кавычка цитировать
qwerty венгерский
qwertz венгерский спецклавиш
radar радарный
radian радиан
radio радио радиостанция
rain дождь переохладить снег
rainbow радуга
ramp съезд свернуть
random случайный вразброс
range диапазон вне
rank ранг
raster растр растровый
rat оценка
rate чсс
ratio соотношение пропорция сторона
raw простой
reach достигнуть
read чтение прочитать
readahead упреждать
ready гот готовый
real действительно хотеть
realtime реальный
reason причина
reassign переназначить
reboot перезагрузить перезагрузка
rebuild пересобрать пересборка
receipt прочтение противный
recent недавний недавно последний
recipient получатель
recod перекодирование
recogniz распознать
recognize распознать
recommend рекомендовать рекомендоваться рекомендация
rectangl прямоугольник
rectangle прямоугольник прямоугольный
recursion рекурсия
recursive рекурсивный
red красное красный
redeal пересдача
redefin переопределить
redirect перенаправление
redo повторить
reduc бесцветный сократить дневной
reduction замещение
ref ссылка
reference ссылка
referr ссылаться
refus отказать отклонить
regex регулярный
region регион
register зарегистрировать
registr регистрация
registry реестр
regression регрессия асимптотический
regular регулярный выражение
reinstall переустановить переустановка
reject отклонить
rel отношение применяться
relat связанный
relative относительный относительно
release выпуск
relief рельеф
reload перезагрузить перечитать перезагрузка
relocatable перемещать
remailer цепочка
remain остаться
remember запомнить запоминать
reminder напоминание
remote удаленный репозиторий
removable съемный сменный
remove удалить убрать
renam переименование переименовать
rename переименовать
render отрисовка
renderer отрисовщик
reopen заново
rep ответить
repair исправить исправление
repeat повтор
repeated считывание повторять рука
repertoire репертуар
replac заменить
replace заменить
replacement замена
replicate размножить
repo репо
report сообщить отчет
repository репозиторий комплект
represent представление
republic республика демократический конго
request запрос запросить
requir требоваться пройти аутентификация
require требовать
requirement требование
rescan пересканировать
reserv зарезервированный зарезервировать
reserve резерв зарезервировать
reset сбросить сброс
resident резидентный
residual остаток
resize уголок
resolution разрешение
resolver ресолвер
resourc ресурс
resource ресурс
respond отвечать
responder ответчик
respons отклик множественный
response ответ
restart перезапустить перезапуск перезагрузка
restor восстановление восстановить восстанавливать
restore восстановить
restrict ограничить
result результат
resume возобновить
retract активация
retrieval занятость
retry повторить
return вернуть возвращать возвратить
reverse обратный
revision ревизия редакция
revoc аннулирование
revok отозвать просрочить
revoke отозвать
rewritable перезаписывать
rich форматировать
richmond ричмонд
right правый справа направо
ring проигрывать треугольник
rington мелодия
ringtone рингтон
rio рио гранд
risk угроза повреждение риск
rng нереализованный
road дорога
robot робот безопасный особо
rol роль
role роль обязанность
roll рулон ширина рулонный
roman римский
romanian румынский
room эллиптизация
root корнев корневой корень
rot вращение поворот альтернатива
rotate повернуть часовой против
round округлить
roundabout кольцо съезд круг
route маршрут
routin средство
routine процедура
row строка
rpm мин
rul правило
rule правило
run запустить запуск
runn запустить
runtim исполнение среда
runtime исполнение среда
rupee рупия
russia россия
russian русский фонетический
saami саамский
safe безопасный особо ход
saint сент сен
salvador сальвадор
samar самар
same одинаковый
sampl выборка
sample семпл выборка функционал
san сан хосе
sand песчаный пыльный бурить
sandbox песочница
santa сант крус
santiago сантьяго
satellite спутниковый спутник дневной
satur насыщенность
saturday суббота
sav сохранение сохранить
save сохранить сохранение
saver энергосбережение хранитель
saxony саксония
scal масштабирование масштабировать
scalar скаляр
scale шкала масштаб логарифмический
scan сканировать сканирование
scancode скан
scann сканирование
scanner сканер компания
schedul планирование запланировать столкнуться
schema схема
scheme схема цветовой
scientific научный финансовый
scor вклад
score счет соотношение процентный
screen экран экранный
screensaver хранитель
screenshot снимка экран
script сценарий скрипт
scroll прокрутка прокручивать
scrollable прокручивать
scrollbar полоса прокрутка
sea мор
seal запечатать
search поиск искать
seascape перевернуть
season сезон эпизод
seasonal сезонный
sec сек
second секунда втора
secondary вторичный
secret секретный секрет
section секция
sector сектор
secur защитить рекомендоваться
secure защитить
security безопасность
see смотреть
seek неудача
seem похоже кажется
segment сегмент совма исп
seine сена
select выбрать
selection выделение выбор
semantic семантика семантический
semaphor семафор
semaphore семафор
semiglos полуглянцевый фотобумага
send отправить отправка отправлять
sender отправитель
senergy мвт энергия
sens окружать
sense смысл
sensitive чувствительный учитывать учет
sensitivity чувствительность сдвиг
sensor считывание повторять рука
sent отправить
separat запятая разделить разделяться
separate отдельно отдельный определяться
separator разделитель
september сентябрь
sequenc последовательность
sequence последовательность
ser серия
serbian сербский латинский
serial серийный последовательный
serializ сериализация серийный
serif засечка
sert ставить
server сервер
servic служба
service служба сервис
session сеанс сессия
set установить
sett настройка
seven семерка семь
seventh седьмой
several несколько
sha отпечаток
shadow тенить тень
shape фигура зафиксировать
shar разделять
share поделиться
sharp крутой резкий поворот
sharpen резкость выкл
sheet лист приемный
shell оболочка шелл
shift сдвиг
short короткий
shortcut комбинация клавиш
show показывать показать
shower ливневый ливень снег
shutdown перестать зарядить скоро
shutter затвор
siang сианг
sid двусторонний сторона
side сторона боковой
sidebar боковой боков ярлык
sideload параллельный
sign подписать подпись
signal сигнал
signature подпись
sikkim сикким
similar похожий схожий
simple простой
simplif упростить китайский
simul симуляция горизонт
simultaneous одновременный
since поскольку
sine синус гиперболический
single одиночный
singular сингулярный
sink приемник
site сайт
situ ситуация
six шестерка шесть
sixth шестой
siz однородный
size размер
skin оформление обложка
skip пропускать
skipp пропускаться пропуск
skype экранный
slash черта коса
sleep спать засыпание блокирование
slide шоу
slider ползунок
slideshow слайд шоу
slight маловероятный взять
slot слот
slovak словацкий
slovenian словенский
slow замедлить медленный
slower медленный
slowest медленный
small маленький маленькая мелкий
smaller малый
smart умный смарт
smartcard смарт
smooth сглаживать плавной сгладить
snippet фрагмент
snow снег небольшой дождь
socket сокет
soft мягкий
software программный обеспечение
solid сплошной
solitaire пасьянс айслериот
solution решение
solv решить считаться
solvable решать
solve сингулярный
solver помощник
some некоторые
someone кто
someth нибудь пойти
song композиция песня
soon скоро перестать зарядить
sorry извинить
sort сортировка сортировать
sound звук звуковой
source источник исходный
south южный
southern южный
spac пробел табуляция
space место пробел пространство
spad пик положить
spain испания
spam спам
spanish испанский латиноамериканский
spe скорость
speaker динамик
special специальный
specif указать указанный
specific спецификация указание
specify указать
spell орфография правописание
spider паук масть
spin счетчик
spinner волчок
splash заставка
split разделить створка
spool спул
spread заливка
squall шквал
squar квадрат
square квадратный квадрат
squiggle волнистый
sri шри ланка
stack стек
stag промежуточный
stage промежуточный
stamp штамп
standard стандартный
star звезда луч
start начать начало запустить
startup запуск столбец
stash запасник
stat штат
state состояние
static статичный комбинация
station станция радиостанция
stationary нестационарный авторегрессия
statistic статистик статистический
statu статус состояние
stay оставаться
step шаг
stepper чувствительность сдвиг
sticky липкий записка залипать
stock колода встроить
stop остановить
stopp остановить
stor храниться
storage хранение хранилище
storm песчаный пыльный бурить
str строка
straight прямо продолжать движение
strange странно странный
strateg стратегия
strategy стратегия
stray лишний
stream поток
street улица ночной мобильный
stretch разрядка
strict возрастать увеличиваться
strike перечеркнуть зачеркнуть
strikethrough зачеркивание перечеркивание
stripe магнитная наносить буквенный
struct структура
structur структура
structure структура
style стиль
stylistic стилистический набор
stylu стилус
subclas подкласс
subdirectory подкаталог
subfolder подпапка вложить
subject тема
subkey подключ
submenu подменить
subpart дайджест
subpath подкаталог
subpattern подшаблон
subproces подпроцесс
subroutine подпрограмма
subscrib подписка
subscribe подписаться
subscript подгруппа индекс
subscription подписка
subset подмножество
substitution подстановка
substr подстрока
subsystem подсистема
subthread поддискуссия
subtitl субтитр
subtitle субтитр подзаголовок
subtract вычесть вычитать лишь
subtraction вычитание
succes успешный успешность
successful успешно
such такой
sud юго
sudan судан
sudoku судок
suffix суффикс акцент
suggest предлагать заметить подразумевать
suggestion предложение заметить предлагать
suit масть паук
suitable подходить
suite комплекс
sulawesi сулавеси
sum сумма
sumatra суматра
summary сводка сводной
summit материк
sunday воскресение
sunny солнечно преимущественно
sunrise восход солнце закат
sunset закат солнце
super особо суперблок безопасный
superblock суперблок
superclas суперкласс
superclass суперкласс
superscript надстрочный
superuser суперпользователь
supp картридж
support поддерживаться поддерживать поддержка
suppression подавление
sur южный
sure действительно убедиться
surface поверхность
surigao суригао
surname фамилия
surrogate заменитель суррогат
suspend ждать спать
suspiciou подозрительный
swap подкачка поменять местами
swapp местами
sweden швеция
swedish шведский
swipe считывание повторять рука
switch переключиться переключение переключить
switcher переключатель
switzerland швейцария немецкий
symbol символ
symbolic символический символьный
symlink символический символьный
symmetric симметрично кисть
sync синхронизация синхронизировать
synchroniz синхронизация
synchronize синхронизировать
syntax синтаксис синтаксический
syria сирия курдский
syriac сирийский
system система системный
tab вкладка табуляция
tabl индексный
table таблица раздел
tableau игровой нибудь
tablet планшет
tag тег влиять тэг
tagg отметить
tai тая
tak съемка
take съезд кольцо сделать
talk обмениваться
tamil тамильский
tamilnet тамильский
tangent тангенс касательная гиперболический
tap касание палец обрабатываться
tar сжатый
target целить целевой
task задача
tatar татарский крымский турецкий
tconnect tсоединение
team документирование
tearoff отделенный разрыв
technolog технология вспомогательный
technology предпочтительный зрение передвижение
teleport телепортация безопасный
telugu телугскай
temperature температура
templat шаблон
template шаблон
temporari временно
temporary временный временной
ten десятка десять
terminal терминал
terrain топографический
territor территория
test тест тестирование
text текст
texture текстура
thai тайский
than чем больше более
thank спасибо благодарность
that который
theme тема
then затем пот
they они
thi этот это
thin тонкий неразрывный
third третий
thousand тысяча
thread дискуссия нить
three тройка три тереть
threshold порог пороговый
thumb рука считывание
thumbnail миниатюра эскиз
thundershower грозовой ливень
thunderstorm гроза град сильный
thursday четверг
tib тиб тибит
tic деление
tick тиканье
tie точный
tifinagh тифинагский берберский марокко
til плитка снятой
tile плитка
tim усиливаться временами истечь
time время временить
timeline монтажный
timeout задержка ожидание аут
timer таймер
timezone пояс часовой
title заголовок
today сегодня сегодняшний
todo дело
together вместе
toggl переключать несовпадение выявить
toggle переключить переключение
token токен маркер лексема
tolerance допуск
tomorrow завтра завтрашний
toner тонер
too слишком много большой
tool инструмент средство
toolbar инструмент панель
tooltip подсказка всплывать
top верхний сверху
topic топика
topology топология
torrent торрент
total суммарный
touchpad сенсорный панель
town таун
trac нормаль касательная трассировка
trace трассировка трассировать
track дорожка
tracker трекер
traditional традиционный китайский
traffic трафик
trail завершать мусор незначащий
train тренировка
transaction транзакция
transcod транскодирование
transdanubia задунайский
transfer передача
transient привязать
transit транспорт
transition переход серый
transl перевод
translat перевести
translate перевести
translator переводчик облегчение
translucency полупрозрачность
transparency прозрачность
transparent прозрачный прозрачно непрозрачный
transport транспорт
transpos транспозиция
trap ловушка
trash корзина
travel путешествие
tray лоток трей
treat обрабатывать
tree дерево
tri нечисловой делить
triangle треугольник
trigger активация
trigonometric тригонометрический
trinidad тринидад
tripura трипура
trough желобок направлять
true если
trunc укорочение
truncat обрезать усеченный
truncate усечение усечь обрезать
trust доверенный доверять доверие
try попробовать попытка
tty псевдо
tuesday вторник
tun станция
tuner тюнер
turkey турция курдский
turkic древнетюркский
turkish турецкий крымский татарский
turn повернуть
turtle черепашка
tutor репетитор
twenty двадцать
twice дважды
two два двойка
tyou tвы
type тип
typewriter машинописный
typical обычно
typographic типографский
ugaritic угаритский
ukrainian украинский
unable невозможно удаваться
unary унарный
unavailable недоступный
unbalanc несбалансированный сбалансировать дизайн
unbind освободить
unclassif классифицировать
unclos незакрытый
uncompress несжатый
undefin неопределенный
under под
underlin подчеркивание
underline подчеркивание подчеркнуть
undo отменить
undocument недокументированный
undone повторить
unencrypt незашифрованный
unexpect неожиданный
unexpected неожиданно окончиться тэг
unexport неэкспортировать
unfinish незавершенный
unhandl необработанный
unicode юникод юникодная
unif унифицированный
unimplement нереализованный реализованный
unindent сдвинуть
unique уникальный
unit единица
univariate одномерный
universal универсальный
unknown неизвестный
unlimit неограниченный
unlink отвязать
unload выгрузить
unlock разблокировать разблокирование разблокировка
unmatch непарный пар
unmount размонтировать размонтирование
unnam безымянный неименованный
unpair сопряжение
unread непрочитанный
unreadable нечитаемый
unrecogniz нераспознанный
unregister дерегистрировать регистрация
unresponsive угроза повреждение представлять
unsafe неточно небезопасный сравнивать
unsav несохраненный
unsign беззнаковый неподписанный
unsolv неразрешенный конфликт
unspecif неуказанный
unstage промежуточный
unsubscribe отписаться
unsupport неподдерживаемый
unterminat незавершенный
untitl безымянный
untrack неотслеживаемое
untrust ненадежный
unus неиспользуемый неиспользованный
unusual необычный
updat обновление обновить
update обновить обновление обновлять
upload отдача
upper верхний
uppercase заглавный
ups ибп
upside перевернуть портретный
urdu урдскай пакистан
usa сша
usage использование
use использовать
used использовать использоваться
useful полезно полезный
usenet новость
user пользователь пользовательский
usual обычно
utilit утилит
utility утилит
uzbek узбекский
valid корректный правильный допустимый
validity достоверность переключать
valley долина
valu значение
value значение
vari вариант
variabl переменный
variable переменный
variance дисперсия
variant вариант
variou различный
vector вектор текстовой
vega вега
vendor производитель
verbose подробный
verif проверить
version версия
vertical вертикальный вертикаль
very очень перестать зарядить
via через
vicinity окрестность
video видео
vietnamese вьетнамский
view просмотр
viewer просмотрщик просмотр
viewport оконница
vignett миниатюра
vignette очерк
viol нарушение
virgin виргинский
virginia виргиния
virtual виртуальный
visibility видимость
visible видеть
visit посетить сайт
visitor посетитель
visual визуальный зрение
vocabulary словарь тест
voice голос голосовой
voltage напряжение аккум
volume громкость том
wacom планшет стилус ластик
wait ожидание подождать
wallet бумажник
wallpaper обои
wammu рассказать
want хотеть действительно
warn предупреждение
washington вашингтон
waste сброс
watch отслеживать слежение
weak слабый
weather погода прогноз
web веб браузер
webcam камера веб
website сайт веб
week неделя
weight вес
welcome добро пожаловать приветствие
went пойти
were быль
west западный
western западный
wet мокрый снег
what какой
wheel колесико колесо
when переть когда
whenever разблокировать
where где
which который
while произойти
white белый
whitespace разделяться пробельный пробел
who персона ник
whole весить
wide широкий универс
widget виджет
width ширин столбец
will быть если
wind ветер
window окно
windy ветер
winid привязать
winnable помощник
wipe раскрытие стереть
wireles беспроводный
within внутри
without без
wizard мастер
won выиграть поздравлять
word слово
work рабочий
workspace рабочий
worm червячок
wrap перенос переносить
wrapp перенос
writ запись
writable записывать
write записать запись
written записать
xdfff кодовый
xth разделяться
year год
yellow желтый баланс
yesterday вчера
yet еще пока
yib йиб
you хотеть
your ваш
yyyy гггга
zambia замбия
zamboanga замбоанга
zealand зеландия
zero нулевой нуль
zib зиб
zic старший
zimbabwe зимбабве
zon зона
zone пояс часовой зона
zoom масштаб
"""
