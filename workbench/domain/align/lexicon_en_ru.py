"""English stems and the Russian lemmas they translate to, learned from Debian's
human translations by `bench/align_lexicon.py` (generated: do not edit by hand).

73864 units of 1-25 English words, none from the packages of the
alignment test sets (124506 units left out); Dice >= 0.2, together >= 3.
"""

LEXICON = """
abbrevi аббревиатура
able смочь
aboriginal канадский
abort прервать
about предупреждать
above высоко
absolute абсолютный
abstract абстрактный
accel ускоритель
acceler ускорение
accelerator ускоритель быстрый
accent акцент
accept принимать принять
acces доступ
access обращение
accessibility вспомогательный специальный технология
accidental предотвращение случайный
account учетный аккаунт запись
accumulator сумматор
ace туз
achieve мощность желаемый
acknowledge вступить
acquire псевдо
acr акр
act выборщик разовый действовать
action действие
activ активация
activate активировать деактивировать
active активный
activity комната активность
actual фактический формальный
adapter адаптер
adaptive адаптивный
add добавить добавление
addendum дополнение
addition сложение
additional дополнительный
addres адрес адресный
address адресация
addressof устранить
adjacent соседний
adjust настроить
adjustment коррекция
administrator администратор обратиться
advanc расширить
advertisement анонс
aegean эгейский
aerobic аэробный нагрузка
affect влиять тег
affili роль
afghanistan афганистан
africa африка
after после
again попробовать снова раз
age давность
agent агент
aggreg группировка
aggregat агрегатный
aggregate агрегатный агрегат
aggressive агрессивный
ago назад срок истечь
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
alia псевдоним синоним
alias перекрытие алиас
align выравнивать
alignment выравнивание
alignof применение
all весь
alloc размещение выделение распределение
allocatable размещать
allocate разместить выделить
allow разрешить допускаться
alp альп
alpha альф прозрачность
alphabet алфавит
alphabetic алфавитный
alphabetical алфавит сортировать
alphanumeric буквенный наносить магнитная
already существовать
also также
alt альт
alta альт
alternat альтернатива
alternate альтернативный
alternativ альтернатива
alternative альтернативный
altgr междунара
alway всегда
ambiguity неоднозначность
ambiguou неоднозначный
america америка
american латиноамериканский испанский американский
amsterdam амстердам
anaerobic анаэробный нагрузка
analys анализ
analysi анализ
analytic аналитический
analyz проанализировать анализ
analyze анализировать
analyzer анализатор
angl тригонометрический угол
angle угловой угол наклон
anim анимация
animate анимировать
annot комментарий рецензирование примечание
anonymou анонимный
another другой трансляция
answer вопрос ответ
anti сглаживание
antialia сглаживание
anyth ничего
anyway равно
anywhere любой
apostrophe апостроф латышский
app применить
appear появляться
appenzell аппенцелля
appl применить применимый применяться
applet апплет фабрика
applic приложение
apply применение
appropriate годиться
april апрель
arabic арабский
arbitrary произвольный
arch архитектура
architecture архитектура
archive архив
area область
argument аргумент должный
arithmetic арифметический арифметик
armenian армянский
around вокруг скобка рекомендоваться
array массив
arriv прибыль
arrow стрелка
art нить
artifact артефакт
artist исполнитель альбом
asan защита средство
ascend возрастание
ask спрашивать
aspect соотношение пропорция
assemb ассемблерный ассемблер
assembler ассемблер ассемблерный
assertion утверждение
asset оптимальный масштабировать
assign присвоить назначить
assignment присваивание
assistant помощник
assistive предпочтительный передвижение зрение
associ ассоциация
associat ассоциированный связанный ассоциировать
assum предполагать предполагаться
assume предполагать
asterisk звездочка
asymptotic асимптотический регрессия
asynchronou асинхронный
atom атом
atomic атомарный
attach вложить прикрепить
attachment вложение
attack атака
attempt попытка
attendance участие
attende участвовать участник приглашение
attention внимание
attica аттик
attribut атрибут
attribute атрибут
audio аудио звуковой
audit аудит
august август
australia австралия
austria австрия
authentic аутентификация пройти необходимо
authenticate аутентифицировать идентификация
authenticator аутентификатор
author автор
authority сертификация центр
authoriz авторизация авторизованный
autocheck автопроверка
autocommit автозавершение транзакция
autocompletion автодополнение
autodetect автоопределение
autoinstall аутентификатор
automatic автоматический
automatical автоматически
autonomou автономный
autosav автосохранение
autosave автосохранение
autostart автозапуск
autoview автопросмотр
available доступный недоступный
avatar аватар
average среднее средний
avoid избегать избежать
avx генерация
away отойти отсутствие
axe ось
axi ось
back назад
background фон фоновый
backslash косой коса черт
backup резервный копия копирование
backward назад
bad плохой некорректный
baix баш
baker дюжина
balance баланс голубой
ban бан
bangla бенгальский индий
bann забанить
barrel циклический
barrier барьер
bas основать основа
base базовый
basic базовый
batch пакетный
battery батарея заряд
bay бей
baybayin байбайинский филиппинский
bcc скрытый
bds очищать
beat удар такт
because поскольку так потому
become стать
beep подавать проигрывать
before перед
begin начинаться
beginn начало
behavior поведение неопределенный
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
between между
bevel скос вокруг
bezier безье
bibliography библиография
bidirectional двунаправить
big большой
bin контейнер
binary двоичный бинарный
bind комбинация статичный клавиш
birth рождение
birthday рождение
bit битный бит битовый
bitfield ширина битовый
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
blue синий голуба
bluetooth адаптер
blur размыть
board доска
body тело
bogu фиктивный
bold полужирный жирный
bolívar боливар
bonus бонус фальшивый
book книга глоссарий адресный
bookmark закладка
boolean булев побитовый логический
boot загрузочный
bootable загрузочный
bootstrap загрузчик
border рамка граница
bosnia босния
bosnian боснийский
both оба
bottom нижний снизу сверху
bounc перенаправить
bounce прыгать перенаправить
bound граница
boundary граница
box выпадать
bpm удар
brabant брабант
brac фигурный скобка угловой
brace фигурный
bracket скобка парная угловой
braille брайлить
branch ветвь ветвление
brazil бразилия португальский навить
break перерыв неразрывный
breakpoint останов остановка отладчик
breezy ветер слабый
brief краткий
bright яркий жирный
brightnes яркость
britain великобритания
british британский
broadcast широковещательный
brown коричневый
browse обзор
browser браузер обозреватель
brush кисть
buffer буфер
bug сообщить
build сборка
built генерация поддержка встроить
bulgarian болгарский
burkina буркин фасо
burn записать
burst съемка серийный
bus шина
busines служебный бизнес
busy занятый занятость публикация
button кнопка
byt байт директивный
byte байт
bytecode байткод байтовый
cach кэшировать
cache кэш
calcul расчет вычисление
calculat вычислить
calculate вычислить
calculator калькулятор
calendar календарь
calibr джойстик калибровка
call вызов
callback обратный
callee вызывать
caller абонент вызывать логотип
camera камера предоставляться
cameroon камерун
can можно может мочь
canada канада
canadian канадский
cancel отменить отмена
cancell отменить
candidate кандидат
cannot невозможно может мочь
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
carpalx междунара
cartridg картридж
cartridge картридж служебный
case регистр
cast приведение
castle замок
catalonia каталония
categor категория
categorical качественный
category категория
caus неэффективный приводить
cause привести
cds очищать
cell ячейка
celsiu цельсий
center центр центрировать
centimeter сантиметр
central центральный
centre центральный
certain обходить
certif заверить
certific сертификация
certificat сертификат
certificate сертификат
certify заверение
chain цепочка
chance возможный снег маловероятный
chang изменение
change изменить изменение
channel канал
chanop убирать
chapter глава
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
chinese китайский упростить
chip смарт
choos выборщик разовый выбирать
choose выбрать
chooser выборщик разовый действовать
cipher шифр
circle окружность
circular круговой циклический
city город
ciudad сьюдада
cjk ккя иероглиф
clas класс
classic классический робот
claus многократно встречаться клаузула
clause клаузула предложение
clea чистить
clean очистка
clear очистить очистка
click щелкнуть нажать картинка
client клиент
clip клип
clipboard обмен буфер скопировать
clock час
clockwise против часовой повернуть
clon клонирование клонировать
clone клон клонировать клонирование
clos закрытие закрытый закрывать
close закрыть
closure замыкание
cloud облачность облако
cloudy облачно облачность преимущественно
club треф положить
cluster кластер кластеризация
coarray комассив комассивная
coast инерция
code код генерировать
codec кодек
codepage конвертация кодовый
codimension коизмерение некомассивный подкомпонент
coefficient коэффициент
coindex коиндексированный коиндекс
colemak коулмак
collaps свернутый
collapse свернуть сворачивание
collect собирать
collection коллекция
colon двоеточие
color цвет
column столбец колонка ширин
com сайт
combiner объединитель
combo выпадать раскрываться
comic комикс
comma запятая разделить
command команда
comment комментарий
commercial коммерческий
commit коммит фиксация
communic связь
communicate связаться
community сообщество
compact компактный
compar сравниваться
comparable несравнимый
compare сравнить
comparison сравнение
compatibility совместимость
compatible совместимый несовместимый
compil компиляция скомпилировать
compile компилировать компиляция
compiler компилятор
complet завершить
completion автодополнение дополнение
complex комплексный
complicat сложный
component компонент
compose составной
composer композитор отсоединить
composit композитный
composite композитный составной
compositor композитор
compostela компостел
compound составной литерал рассматриваться
compres сжать упаковать
compress сжатый
compression сжатие
comput вычислять
compute доверительный высчитать подсчитать
computer компьютер
concaten конкатенация
condition условие
conditional условный условно
confidence доверительный высчитать подсчитать
configur конфигурация настройка
configure настроить
confirm подтверждение подтвердить запрашивать
conflict конфликтовать конфликт
conform компилировать соответствие
congo конго демократический республика
congratul поздравлять выиграть
connect подключиться подключить подключение
connection соединение подключение
consider считаться рассматривать
consistency целостность
console консоль
constant константа константный
constrain наклон зафиксировать соотношение
constraint ограничитель ограничение
construct конструкция
construction фиктивный
constructor конструктор
consumption энергопотребление
contact контакт
contain содержать
container контейнер машин
content содержать
context контекст
contextual контекстуальный контекстный
contiguou непрерывный просто
continent материк
continu продолжение продолжить
continue продолжить продолжать движение
continuou непрерывный
contrast контраст контрастность
control управление
controll управлять
controller контроллер игровой
convention соглашение
converg сойтись
converge сойтись итерация
convergence сходимость
convers беседа
conversion преобразование
convert преобразовать преобразование
converter преобразователь
coordinat координата
coordinate координата
cop скопировать
copenhagen копенгаген
copy копировать копирование скопировать
copyable нетривиальный косвенность дать
copyright авторские авторский право
cor запланировать столкнуться
corank коранг
core ядро
corner угол касание
corozal коросалить
correct убедиться правильный правильно
correction цветокоррекция коррекция
correspond соответствовать
corrupt повредить испортить
cosine косинус гиперболический
cost стоимость цена
could удаться
count счетчик
countdown отсчет съемка
counter счетчик контрпредложение
counterclockwise против
country страна
county округ
cover крышка обложка
coverage покрытие
cpu процессор цпу
cran зеркало
crash аварийный
creat создание создать
create создать
creator создатель
credential учетный реквизит
crimean крымский татарский турецкий
criteria критерий
critical критический
croatian хорватский
cros кросс
cross пересекать
crt компоновать
crtc контроллер
cruz крус сант
crypto криптоконтекст криптомеханизм
cryptographical криптографически
cubic кубический сплайн
cumulative возрастать
cup чашка
currency валюта
current текущий
cursive курсив
cursor курсор
curve кривая
custom специализированный инструкция пользовательский
cut вырезать
cyan голубой бирюзовый
cycl велосипед расход энергия
cylinder цилиндр
cyrillic кириллица кириллический черногорский
czech чешский
daemon демон служба
danish датский
darfur дарфур
dark темно темный
darken затемнить
darknes затемнение
dash тир пунктир пунктирный
data данные
database баз данные
datagram датаграмма
date дата
davao давао
day день
daylight дневной бесцветный общественный
deactivate деактивировать
dead спецклавиш венгерский мертвый
deal сдать расклад
deallocate освободить
debug отладочный отладка
debugg отладка отладочный
debugger отладчик
decad десятилетие
december декабрь
decimal десятичный
deck ярус колода сдать
declar декларация декларировать
declarator декларатор
declin остаток
decod декодирование декодировать
decode раскодировать декодировать
decoder декодер
decompile декомпилировать
decompose декомпозиция невозможный
decomposition разложение глиф
decor декорация
decreas уменьшаться
decrease уменьшить уменьшение
decrement декрементация декремент
decrypt расшифровать расшифровка
decryption расшифровка расшифровать
deduc удовлетворять
deduction руководство
deep глубокий рекурсия
default умолчание
deferr отложить
defin определить определенный
definition определение
degre свобода градус
degree градус
del дель
delay задержка
delegate делегат
delegatemodel менять
delet удаление
delete удалить
delimiter сырой разделитель экранировать
deliver параллельный
delivery доставка
dell ноутбук
delta дельта различие
demerara демерар
democratic демократический конго республика
den отказать
dendrogram дендрограмм
denmark даний
denominator знаменатель
dense плотность
density плотность шкала плoтнocти
deop убирать
depend зависеть
dependenc зависимость
dependency зависимость
dependent зависимый
deploy развертывание
deprecat устаревший устарелый
depreci амортизация остаток
depth глубина
dereference неявный
deriv производный
derivative производная второй
descend убывание
describ описывать
description описание
descriptor дескриптор
design дизайн сбалансировать
designat предназначить
designator обозначение
designer дизайнер
desir желаемый мощность
desktop стол рабочий
destin назначение
destroy угроза повреждение уничтожение
destruction уничтожение
destructor деструктор
detach отсоединить
detail подробность подробный сведение
detect обнаружить
detection обнаружение
determin средство определять
developer разработчик защитить
development разработка
devi отклонение
devic устройство
device устройство
devirtualiz девиртуализация декларирование
dfa дка
diacritical диакритический
diagnostic диагностик
diagonal диагональ
diagram надпись
dialect диалект ассемблер
dialog диалог диалоговый
diamond бубен положить
dictionary словарь источник
did иметься
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
dimen размерность
dimension измерение размерность
dimensional одномерный
dinar динар
direct прямая напрямую
direction направление
directive директивный директива усеченный
directory каталог
disabl отключить выключить
disable отключить
disc диск
discard отбросить отклонить
disclose раскрыть
discovery обнаружение сервис
disk диск
display отображать
distance расстояние
distinct различаться подгонка различный
distribut распространяться
distribution распределение
district округ
disturb беспокоить отключение
dither сглаживание
divert отклонение
divide деление делить остаток
division деление ноль
divisor делитель
dock док
document документ
doe поддерживать
dollar доллар
domain домен доменный
dominator доминатор
dominican доминиканский республика
done готовый
dot венгерский
double двойной щелчок
down вниз
download загрузка загрузить
dozen дюжина
dpi высокий
draft черновик
drag вести мыший картинка
draw рисовать нарисовать
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
due согласно
dummy формальный фактический
dump дамп
duplex переворот
duplicat дублировать повторяться
duplicate повторный дублирование
dur длительность
dust пыльный песчаный бурить
dutch голландский
dvorak дворак
dynamic динамический
dynamical динамически
each каждый
ear ранний
earlier ранний
ease облегчение написание
east восточный
eastern восточный
easy легкий
economy экономный
edg дуга
edge дуга край
edit редактирование редактировать изменить
editor редактор
effect эффект
effective эффективный
eib эиб эибит
eight восьмерка восемь
eighth восьмой
either либо
eject извлечение извлечь отвергнуть
element элемент
elemental элементный
elimin мертвый подвыражение экономия
ellipse эллипс
ellipsi эллипсис
ellipsize эллиптизация
elliptic эллиптический
email почта электронный
emirat эмират
emit порождать
emoji эмодзи смайлик
emoticon смайлик
empty пустой
emul эмуляция
emulator эмулятор
enabl включить
enable включить
enclos объемлющий замкнутый обрамить
encod кодировка
encode кодирование
encoder кодировщик кодирование
encounter столкнуться обнаружить
encrypt зашифровать шифровать
encryption шифрование
end конец
endian младший
endpoint оконечный
energy энергопотребление потребление энергия
engin поисковый движок
engine движок поисковик
english английский междунара великобритания
enhanc улучшить усилитель глянец
enough недостаточно достаточно
enter ввести
entity сущность
entropy энтропия
enum перечисление
enumer перечисление перечислимый
enumerat перечисление
enumerator перечислитель перечислимый
envelope конверт японский
environment окружение среда
environmental окружать
epilogue эпилог пролог
episod эпизод
episode эпизод сезон
equ уравнение
equal равный
equivalence эквивалентность
equivalent эквивалент эквивалентный
eraser ластик
ergonomic эргономичный
errata обходить обход
erratum обход
error ошибка
escape последовательность экранировать
esperanto эсперанто
estimat примерный оценка
estonian эстонский
ethiopic эфиопский
euro евро
european европейский
evaluate посчитать
even даже четный
event событие
every каждый
everywhere везде
evolution эволюция
exact точный точность ровно
exampl пример
example например пример
exce превышать
exceed превысить превышать лимит
except кроме многомерный размерность
exception исключительный исключение ситуация
exces избыточный
exclud исключить исключать
exclude исключить
exclusive взаимно исключать
executable исполняемый
execute выполнить
execution выполнение
exempt исключение
exercise упражнение
exhaust исчерпать
exist существовать
existence существование
existent несуществующий
exit выйти выход
expand развернуть
expander экспандер раскрытый
expect ожидаться
experimental экспериментальный
expert эксперт экспертный
expir срок истечь просрочить
explicit явный явно конкретизация
exponent экспонент вещественный
export экспортировать экспорт
expose пробросить
expression выражение регулярный константный
expung уничтожение
extend расширить
extensible расширять
extension расширение
extent протяженность
external внешний
extra дополнительный
extract распаковать распаковка извлечь
extraction распаковка распаковать
eye глазок глаз
face рубашка начертание верх
factor фактор коэффициент множитель
factorial факториал
factoriz разложение множитель
factorize множитель
factory фабрика апплет
fahrenheit фаренгейт
fail удаться
failure сбой
fair ясно
fak фальшивка
fake бонус фальшивый
fall падать
fallback запасной
fallthru сквозной
fami семейство
fan фанат
far далекий
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
few маленький
field поле пол
fifth пятый
figur разделяться фигура
fil файл
file файл
filesystem файловый система
filipino филиппинский кэйпвелла байбайинский
fill заполнение заполнить
filter фильтр фильтровать
final декларирование девиртуализация
financial финансовый научный
find найти
fine тонкий качественный
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
flash вспышка флэш
flashcard карточка оборотный лицевой
flat плоский
flexible регулировать
flip отразить переворачивать перевернуть
float плавать арифметик
floppy дисковод гибкий
flurr мокрый небольшой снег
flush сброс
focu фокус
fog туман гроза ливневый
fold свертка нерасширенный идентичный
folder папка
follow следовать
font шрифт
footer колонтитул
for длить
forbid запрещать
forbidden запретить
forc вынудить остановиться
force принудительный принудительно
forecast прогноз погода
foreground передний план
forget забыть
fork развилка
form форма
formal формальный
format формат
formatt форматирование
former бывший
formula формула
fort форт
forward вперед переслать
found найти
four четверка четыре
fourth четвертый четвертовать
fraction дробь дробить
fractional дробный
fram кадр
frame кадр рамка
framework инфраструктура
france франций франс
francisco франсиско
fre освободить
free свободный занятость
freedom свобода
freehand произвольный
freetype глиф
freez переохладить морось дождь
french французский альт
frequency частота
friday пятница
friend друг
front лицевой передний
frontend клиентский
ful полностью
full полный
fullscreen полноэкранный
function функция
functional функциональный
functionality функциональность
funny выглядеть
further последующий
fusion синтез
future будущее будущий
fuzzy нечеткий
gain усиление
galik галик монгольский
gallery галерея
game игра
gamma гамма
gantt гант диаграмма
gap зазор
garbage мусор сбор
garonne гаронна
gateway шлюз
geary столкнуться
gegenbauer гегенбауэр многочлен
gener генерация поддержка
general общий
generat сгенерировать
generate генерировать код
generator генератор
generic общий
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
gost гост
got получить
goto вычислять
grab захватить
gradient градиент градиентный
grain зерно
grande гранд рио
graph граф график
graphic графический
graphical графический
gray серый
great великобритания
greece греция
greek греческий
green зеленый
greet приветствие
grid сетка
grip уголок
group группа групповой чат
grow увеличиться расширяться рост
growth рост пороговый
gtree правильно
guarantee гарантия
guard защита адресация
guatemala гватемала
gues назвать упражнение страна
guid подвижной направлять
guide руководство направлять
guillemet елочка кавычка
guinea гвинея
gulf залив
hail град гроза мелкий
half половинный половинчатый
halt несмотря
ham спам
hamgyŏng хамген
hand рука левша
handl обработка
handler обработчик
handshake квитирование установление связь
hangul хангылить чамо
happen случиться
hard жесткий
hardcod жесткий
hardcopy беспроводный
hardlink жесткий
hardware аппаратная арифметик оборудование
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
help справка
helper вспомогательный
here здесь
hessian гессиан
heuristic эвристика планировщик
hex шестнадцатеричный шестн
hexadecimal шестнадцатеричный
hextone серый шкала плотность
hibernat спать
hibernate спать перевести гипернация
hid скрытие
hidden скрытый
hide скрыть скрывать
hierarchy иерархия курсив полужирный
high высокий
higher высоко
highest материк высокий
highlight подсветка подсвечивать
hindi хинди
hint подсказка
histogram гистограмма
historic исторический
historical исторический
history история журнал
hoist поднятие
hollerith холлеритов
home домашний
homepage домашний
homogeneou однородный гомогенность
horizon горизонт симуляция
horizontal горизонтальный горизонталь
host хост узел
hostname хост
hot материал
hour час безвозвратно
hover наведение
how сколько
however однако
hub отверстие
hue оттенок тон
human игрок
hungarian венгерский спецклавиш
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
identical идентичный слить
identifier идентификатор
ideograph ккя иероглиф
ign шифр отказаться отказ
ignor игнорироваться проигнорировать пропустить
ignore игнорировать
imag изображение
image изображение образ
imaginary мнимый
ime отказаться
immediate непосредственный немедленно битный
imperial имперский
imphal импхала
impl предписать
implement реализовать реализация разработать
implicit неявный неявно
import импортировать импорт
important важно важный
improve улучшение
improvement улучшение
inactive неактивный отпустить
inappropriate неподходящий
inbox входить
inch дюйм рулон ширина
incidence мероприятие
includ включать
include включать
inclusive включительно
incom входить
incompatible несовместимый
incomplete неполный
inconsistent противоречивый
increas увеличиваться увеличивать возрастать
increase увеличить увеличение
increment инкрементация инкремент инкрементный
indent отступ
independent независимый позиционный независимо
index индекс
india индий бенгальский
indicator индикатор
indirect косвенный
indirection косвенность нетривиальный дать
individual отдельный
indonesian индонезийский
induction индуктивный
inefficient неэффективный
inertia инерция
infinite бесконечный
info информация
infont вых
inform информация сведение
inherit наследовать унаследовать
inheritance наследование
inhibit блокировка несмотря устанавливать
initial начальный
initializ инициализация инициализировать
initialize инициализировать
initializer инициализатор
ink чернила картридж
inlin подстановка
inline подстановка
inod inode'
inotify слежение
input входной ввод
insecure небезопасный
insert вставить вставка
inside внутри
insn инструкция
inspect исследовать
inspector инспектор
install установить установка
instance экземпляр
instant мгновенный
instanti конкретизация явный
instead вместо
instr промах выборка
instruction инструкция специализированный целый
insufficient недостаточно недостаточный
integer целое целый целочисленный
integr интеграция встраивание
integral целочисленный нецелочисленный
integrate подставлять
integrity целостность
intend задумать выглядеть
intensity интенсивность
interactive интерактивный неинтерактивно
intercept перехватить
interest ставка периодический
interface интерфейс
interleave чередование
intermediate промежуточный удостоверять
internal внутренний
international международный
internet интернет
interoperable совместимый
interpol интерполяция
interpolate интерполировать
interpret трактовать интерпретировать
interpreter интерпретатор
interprocedural межпроцедурный распространение
interrupt прерывание прервать
interval интервал
intl междунара английский спецклавиш
into директивный
intrinsic встроить
introduce угроза повреждение представлять
introspect интроспекция
introspection интроспекция
intuitive створка
invalid неправильный некорректный неверный
invalidate аннулировать
invariant вынесение инвариант
inverse гиперболический косинус
invert инвертировать
invertible скользить среднее
invisible невидимый
invit приглашение пригласить
invite пригласить
iran иран курдский
iraq ирак курдский
ireland ирландия
irreducible несокращаемый
irregular неровный мозаика
island остров виргинский
iso запрещать
isolate изоляция
issu выдать
issue оформить
issuer издатель
ita италия
italian итальянский
italic курсив иерархия наклонный
item элемент
iter итерация итерационный сойтись
iterator итератор
ith шифр отказ
its свой его
itself себя сам себе
jack валет
jamo чамо джамо хангылить
january январь
japanese японский конверт
java ява
job задание
john джонс сент
join присоединиться зайти
joiner несвязывать неразрывный связывать
joker джокер
josé хосе
journal дневник
joystick джойстик калибровка
juan хуан
july июль
jump переход
june июнь
junk мусор спам
justif выровнять
justify выровнять
kabyle кабильский спец
kagapa фонетический
kaku конверт
kalimantan калимантан
kana кан
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
kind вид
king король
kit разработка
klondike косынка
know знать знаете
known известный
korea корея кндр республика
korean корейский
kurdish курдский латинский иран
kwallet бумажник
label метка этикетка
lack различный
lag лаг
lake озеро
lambda замыкание
landscape альбомный
languag язык
language язык
lanka ланка шри
laptop ноутбук
large большой слишком больший
las ласа пальмас
last последний
latch затвор
latency латентность
later поздний
latin латинский латиница курдский
latvian латышский апостроф программист
launch запустить
lay скомпоновать компоновать
layer слой слоить
layout раскладка
lazy ленивый
lead ведущий
leaf листовой
leak утечка
leap високосный
lear шифр отказаться отказ
learn выучить изучение обучение
least мера крайний минимум
leav покидать
leave оставить покинуть полноэкранный
left левый слева влево
legacy устаревший
legend легенда
length длина
les маленький
let позволять
letter буква
level уровень ряд
libc компоновать
librar библиотека
library библиотека фонотека
licens лицензия
license лицензия
lid крышка ноутбук
ligatur лигатура
light небольшой светло снег
lighten осветлить
lightest светлый
lightweight легковесный
limit ограничение
line строка
linear линейный
linediff построчный
linguist пакетный
link ссылка
linkage привязка
linker компоновщик ослабление
list список
listen прослушивать слушать прослушивание
literal литерал строковый литеральный
lithium литий
lithuanian литовский
little мизинец
live жизнь
lli декларирование девиртуализация
load загрузить загрузка
loader загрузчик
loc расположение местоположение
local локальный
locale локали локаль
localiz локализовать локализация
lock заблокировать блокировка
log журнал
logarithm логарифм
logarithmic логарифмический шкала
logfile лог
logg несмотря
logical логический
login вход
logistic логистический
logo логотип абонент
loire луара
long длинный слишком
look выглядеть искать
lookbehind утверждение
loop цикл
los лос потеря
lossy потеря
lost утерять безвозвратно потерять
lot вынудить остановиться почесть
lov любимый песня
low низкий заряд батарея
lower нижний
lowercase строчной
lto разбиение
luma инвертировать
luster люстровая фотобумага
lyric песня
macedonia македония
machine машин машинный
macro макрос
made внести безвозвратно утерять
madeira мадейра
magenta пурпурный баланс
magic магический
magnatune магазин
magnetic магнитная магнитный наносить
magnifier увеличитель
magnitude величина
magstripe магнитная
mail почта почтовый
mailbox ящик почтовый
mailcap способ
main главное основной
maintainer сопровождать
maintenance обслуживание картридж служебный
make сделать
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
marino марино
mark пометить отметить
marker маркер
markup разметка
mas масса
mashonaland машоналенд
mask маска
master мастер
match соответствовать совпадение
math математический
mathematical математический
mathspace математический
matrix матрица
matte матирование матовый
max макс
maximal рост
maximiz развернуть
maximize растянуть
maximum максимальный
may может
mayo майо
mbr наследственный гибридный
mean иметься означать
meaningful значимый смысл
measurement измерение
mechanism механизм
media носитель
medial медиальный
meet встреча
megabyt мегабайт
member элемент
memory память
mention упомянуть
menu меню
menubar меню
merg слияние
merge объединение перестроиться объединить
messag сообщение
message сообщение письмо
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
middle средний
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
minute минута безвозвратно утратить
mirror зеркало зеркальный
mis промах
miscellaneou прочий
mismatch несоответствие
mispredict предсказать ветвление
miss отсутствовать пропустить
misspell правописание
mist туман ливневый
mix смешанный снег временами
mixer микшер
mmx генерация
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
modular модульный
module модуль
modulo конвейеризация
modulu остаток
monday понедельник
mongolian монгольский галик
monitor монитор отслеживать
monochrome черно белый
monospace моноширинный
monte монт
montenegrin черногорский кириллица латинский
month месяц
more более больше один
morocco марокко тифинагский берберский
mosaic мозаика неровный шестиугольная
motion движение вынесение
mount монтирование примонтировать подключить
mountpoint монтирование
mouse мышь мыший вести
mov ход
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
multidimensional многомерный размерность кроме
multilib мультибиблиотека
multilingual многоязыковый
multimedia мультимедийный
multip умножение умножить
multiple несколько
multiplic умножение
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
narrow узкий
native нативный
nativo навить бразилия португальский
natural натуральный естественный
nature природа
navig навигация навигационный каретка
nce отвергнуть принять
ncrypt шифр отказ оба
near вынудить почесть остановиться
nearest близкий
necessary необходимый
need нужный
negative отрицательный неотрицательный
neighbor сосед
nelson нельсон
neo немецкий
nest вложить
netherland нидерланды
network сеть сетевой
neutral нейтральный
never никогда
new новый новое
newlin атака
newsgroup новость
next следовать ряд
nice уступчивость
nick ник персона
nickel никель
nickname ник
night ночной ночь ночное
nightmare кошмар
nil сравниваться
nile нил
nine девятка девять
ninth девятый
node узел
noise шум
nonallocatable неразмещать
noncoarray некомассивный подкомпонент коизмерение
nonconform неподходящий
nonconstant неконстантный
nonempty непустой
nonexistent несуществующий
noninteroperable неинтероперабельный
nonmember член
nonnegative неотрицательный
nonsense бессмысленно логарифмический
nonstandard нестандартный гант диаграмма
nonzero ненулевой
nord северо
normal обычный фон
normaliz нормализация нормализовать
norte северный
north северный северо
northern саамский северный
norwegian норвежский
note заметка замечание
notebook блокнот
noth ничего нечего делать
notice авторские
notific уведомление
notify уведомлять
november ноябрь
now теперь сейчас
nueva нуэв
number число номер количество
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
obsolete специфический
occur предполагаться упрощение знаковый
occurr произойти возникнуть
occurrenc повторение
occurrence вхождение искомый
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
offload разгрузка
offset смещение
often часто частый
old старый старое
olpc афганистан
omitt логарифмический
once встречаться раз многократно
one один
onetime выборщик разовый действовать
ongo идти
online онлайн
only только
onto положить
oop эхтыж
opacity непрозрачность прозрачность
opaque непрозрачный прозрачно прозрачность
open открыть открытие открытый
openacc параллелизм объемлющий
openmp структурный
openssl подпроцесс
oper операция
operand операнд
operat операционный
operator оператор
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
original исходный
oriya орийя
ort ортировать
ossetian осетинский
ostrobothnia остроботние
oth шифр отказ оба
other другой
otherwise противный иначе случай
out вне диапазон
outbound исходить
outfont вых
outgo исходить
outlook понимать
output вывод выходной
outside вне
over поверх
overcast сплошной
overcoat защитный покрытие
overflow переполнение знаковый
overlap перекрываться перекрытие
overlapp перекрываться
overlay исчезать блокирование
overload перегрузить перегрузка
overlong сверхдлинный
overrid перебивать
overridden переопределить
overview обзор обзорный
overwrite перезаписать перезапись
overwritten перезаписать переписать
own собственный принадлежать
owner владелец
p'yŏngan пхенан
pacific океан тихий
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
pane боковой боков
panel панель
paper бумага фотобумага рулон
paragraph абзац параграф
parallel параллельный
parallelism параллелизм объемлющий
parallelize распараллеливание разбиение
parameter параметр
paranoia параноидальный прежний
parent родительский родитель
parenthes скобка рекомендоваться окружить
parenthesi скобка круглый
pargana паргана
pars разбор
parse разобрать разбор обработать
parser парсер анализатор
part часть частить
partial частичный частично
participant участник
partition раздел
pas проход
pass передать передача
passphrase фраза
password пароль
paste вставка вставить
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
peel раскатать раскатка
peer участник
pellet ледяной круп крупа
pen ручка перо
penedè пенедес
people участвовать человек
percent процент рост
percentage процент процентный
perfect идеально
perform выполнить
performance производительность производительный снизить
period временами период смешанный
periodic периодический ставка оплата
periodical периодический
permanent безвозвратно утерять утратить
permission право разрешение недостаточно
permit разрешать
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
pic позиционный независимый
pictograph пиктограмма
picture картинка щелкнуть вести
pin закрепить
ping тестовый
pinn закрепить
pipelin конвейеризация
pipeline конвейер
pixel пиксел пиксель
pixmap растровый
place положить ряд
placeholder заполнитель удовлетворять
placement размещение
plain обычный
plaintext незашифрованный производиться
plan план
plata плат
platform платформа
play воспроизвести воспроизведение
playback воспроизведение
player проигрыватель игрок мультимедийный
playlist воспроизведение
please пожалуйста
plot график построение
plott построение
plu плюс
plugin модуль плагин
plural множественный
podcast подкаст лента
point точка плавать
pointer указатель
policy политик
polish польский
poll опрос
polygon многоугольник
polymorphic полиморфный
polynomial многочлен гегенбауэр
pomerania воеводство
pool пул
popular популярный
popup всплывать
port порт
portable переносить непереносимый портативный
portal портал
portrait портретный книжный перевернуть
portugal португалия
portuguese португальский бразилия
position позиция положение
positive положительный
possible возможный
postcard открытка
postfix постфиксный
postpon отложить перерыв
postprocess постобработка
pound фунт
power низкий заряд батарея
ppenc отказаться шифр отказ
pradesh прадеш
pragma директива
prc конверт
preced предшествовать
precede предшествовать
precision точность одинарный
precompil прекомпилированный
predecessor предшествовать
predefin предопределить
predicate предикат
prediction предсказание
predictor предиктор
prefectur префектура
prefer предпочитать предпочтение отдавать
preferr предпочтительный предпочитать передвижение
prefetch предвыборка
prefix префикс приставка
premature преждевременный
premium фотобумага люстровая полуглянцевый
prepar подготовка
prepare подготовить
preprocess препроцессирование
preprocessor препроцессор препроцессорн
pres нажать нажатие
present презентация
preset предустановка
press нажатие
pressure давление сила
prevent предотвращение
preview предпросмотр предварительный просмотр
previou предыдущий
previous ранее
primary первичный основное главный
prime множитель
primitive примитив примитивный первичный
prince принс
print печать печатать
printer принтер
priorit приоритет
priority приоритет
privacy конфиденциальность
privileg привилегия понизить привилегированный
probab вероятно
probabilit вероятность
probability вероятность
problem проблема
proc процедурный
procedure процедура
proces процесс столбец
process обработка
processor процессор
produc производство производиться
product продукт
profil профилирование профилировочный
profile профиль профилирование
profiler профилировщик
program программа
programm программирование
programmer программист латышский
progres ход индикатор
project проект
prolog пролог
prologu пролог
prologue пролог эпилог
pronunci произношение
propag распространение межпроцедурный
propert свойство
property свойство присваивание
proportion пропорция
proportional пропорциональный
proposal контрпредложение
protect защитить
protection защита
protective наследственный гибридный
protector адресация
protocol протокол
prototyp прототип
prototype прототип согласно
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
punn перекрытие
punycode паникод
pure процедура
purple фиолетовый
purpos осуществляться
put помещать
puzzl головоломка
puzzle головоломка пазл
qazaqstan казахстанский
qml отладчик
qtif атом
qualif квалифицированный
qualific квалификация
qualifier квалификатор
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
quot кавычка цитировать
quota квота
quote кавычка цитирование
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
rather согласно
ratio соотношение отношение пропорция
raw простой
reach достигнуть
read чтение прочитать
readahead упреждать
ready гот готовый
real действительно
realtime реальный
reason причина
reassign переназначить
reboot перезагрузить перезагрузка
rebuild пересобрать пересборка
receipt прочтение противный
receiver получатель
recent недавний недавно последний
recipient получатель
recod перекодирование
recognition распознавание
recogniz распознать
recognize распознавать
recognizer распознавание
recommend рекомендовать рекомендоваться
rectangl прямоугольник
rectangle прямоугольник прямоугольный
recursion рекурсия
recursive рекурсивный
red красное красный
redeal пересдача
redeclar редекларация редекларировать повторно
redeclare переопределять
redefin переопределить
redefinition переопределение
redirect перенаправлять перенаправление
redirection перенаправление
redo повторить
reduc сократить бесцветный сокращать
reduction редукция
redundant избыточный
ref ссылка
refer ссылаться сослаться
referenc ссылаться
reference ссылка
refus отказать отклонить
regardles независимо
regex регулярный
region директивный регион усеченный
register регистр зарегистрировать
registr регистрация
registry реестр
regression регрессия асимптотический
regular регулярный выражение
reinstall переустановить переустановка
reject отклонить традиционный
rel отношение
relat связанный
relative относительный относительно
relax ослабление ослабить
release выпуск
relief рельеф
reload перезагрузить перезагрузка
relocatable перемещать
remailer цепочка
remain остаться
remapp переотображение
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
reorder переупорядочение переупорядочить
rep ответить ответ
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
representable непредставимый
republic республика демократический конго
request запрос запросить
requir требовать требоваться аутентификация
requirement требование
rescan пересканировать
reserv зарезервированный зарезервировать
reserve резерв зарезервировать
reset сбросить сброс
resident резидентный
residual остаток
resolution разрешение
resolve перегрузить
resolver ресолвер
resourc ресурс
resource ресурс
respect учитывать
respond отвечать
responder ответчик
respons отклик множественный
response ответ
restart перезапустить перезапуск перезагрузка
restor восстановить восстановление восстанавливать
restore восстановить
restrict ограничить
result результат
resume возобновить
retract активация
retrieval занятость
return возвращать возврат вернуть
reverse обратный
review отзыв
revision ревизия редакция
revoc аннулирование
revok отозвать просрочить
revoke отозвать
rewritable перезаписывать
rich форматировать
richmond ричмонд
right правый справа вправо
ring проигрывать треугольник
rington мелодия
ringtone рингтон
rio рио гранд
risk угроза риск повреждение
rng нереализованный
road дорога
robot робот безопасный особо
rol роль
role роль обязанность
roll рулон ширина рулонный
roman римский
romanian румынский
room эллиптизация
root корнев корень корневой
rot вращение поворот
rotate повернуть часовой против
round округление округлить
roundabout кольцо съезд круг
route маршрут
routine параллелизм
row строка
rpm мин
rul правило перекрытие
rule правило
ruler линейка
run запустить запуск
runtim исполнение среда
runtime исполнение среда
rupee рупия
russia россия
russian русский фонетический
saami саамский
safe безопасный ход особо
saint сент сен
salvador сальвадор
samar самар
same одинаковый что тот
sampl выборка
sample семпл
san сан хосе
sand песчаный пыльный бурить
sandbox песочница
santa сант крус
santiago сантьяго
satellite спутниковый спутник дневной
satisfy удовлетворять заполнитель
satur насыщенность
saturday суббота
sav сохранение сохранить
save сохранить сохранение
saver энергосбережение хранитель
saxony саксония
scal масштабирование масштабировать
scalar скалярный скаляр
scalariz скаляризация
scale шкала масштаб логарифмический
scan сканировать сканирование
scancode скан
scann сканирование
scanner сканер компания
schedul планирование селективный
schedule планировать расписание
scheduler планировщик эвристика конвейеризация
schema схема
scheme схема цветовой
scientific научный финансовый
scor вклад
score счет соотношение процентный
screen экран экранный
screensaver хранитель
screenshot снимка экран
script сценарий скрипт
scroll прокрутка прокрутить
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
secur защитить
secure защитить безопасный
security безопасность
see смотреть
seek неудача
seem похоже кажется
segment сегмент совма
seine сена
select выбрать
selection выделение выбор
selective селективный планирование
selector селектор
semantic семантика семантический
semaphor семафор
semaphore семафор
semicolon запятая
semiglos полуглянцевый фотобумага
send отправить отправка отправлять
sender отправитель
senergy мвт энергия
sens окружать
sense смысл
sensitive чувствительный учет учитывать
sensitivity чувствительность
sensor считывание повторять рука
sent отправить
separat разделить запятая разделяться
separate отдельный отдельно
separator разделитель
september сентябрь
sequenc последовательность
sequence последовательность экранировать
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
sha отпечаток
shadow перекрывать тень тенить
shape форма
shar разделять
share поделиться
sharp крутой резкий поворот
sharpen резкость выкл
sheet лист приемный
shell оболочка шелл
shift сдвиг
short короткий краткий
shortcut комбинация клавиш
shorter короткий
should должный
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
signednes знаковость
sikkim сикким
similar похожий схожий подобный
simp просто непрерывный
simple простой
simplif упростить китайский
simplify упрощение предполагаться
simul симуляция горизонт
simulator симулятор
simultaneous одновременный
since поскольку
sine синус гиперболический
single одиночный одинарный
singular сингулярный
site нарушать сайт
situ ситуация
six шестерка шесть
sixth шестой
size размер
sizeof устранить иметься
skin оформление обложка
skip пропускать
skipp пропускаться пропуск
skype экранный
slash коса черта
sleep спать засыпание блокирование
slice вырезка
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
small маленький маленькая
smaller малый
smart умный смарт интеллектуальный
smartcard смарт
smooth сглаживать плавной сглаживание
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
someth пойти нибудь
song композиция песня
soon скоро перестать зарядить
sorry простить извинить
sort сортировка сортировать
sound звук звуковой
source источник исходный
south южный
southern южный
spac пробел табуляция
space пространство место пробел
spad пик положить
spain испания
spam спам
spanish испанский латиноамериканский
spe скорость
speaker динамик
spec спецификация
special специальный
specializ специализация
specif указать указанный
specific спецификация указание
specifier спецификатор
specify указать задать
specul спекулятивный планирование
speculative спекулятивный
spell орфография правописание проверять
spider паук масть
spill выталкивание
spinner волчок
splash заставка
splin кубический сплайн
split разделить створка
spool спул
spread заливка
squall шквал
squar квадрат
square квадратный квадрат
squiggle волнистый
sri шри ланка
sse генерация
ssse генерация
stabiliz стабилизация
stack стек
stage промежуточный
stamp штамп
standard стандартный стандарт
star звезда луч
start начало начать запустить
startup запуск столбец
stash запасник
state состояние
statement оператор
static статический статичный нестатический
station станция радиостанция
stationary нестационарный авторегрессия
statistic статистик
statistical статистический
statu статус состояние
stay оставаться
step шаг
stepper чувствительность
sticky липкий записка залипать
still индексироваться
stock колода
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
strength мощность
stretch разрядка
strict строгий перекрытие
strike зачеркнуть перечеркнуть
strikethrough зачеркивание перечеркивание
stripe магнитная наносить буквенный
stroke черт черта
struct структура
structur структурный
structure структура
stuff материал
style стиль
stylistic стилистический набор
stylu стилус
subchapter подглав иерархия
subclas подкласс
subcomponent подкомпонент некомассивный коизмерение
subdirectory подкаталог
subexpression подвыражение экономия
subfolder подпапка
subject тема
subkey подключ
submenu подменить
subobject подобъект
subparagraph подпараграф
subpart дайджест
subpath подкаталог
subpattern подшаблон
subproces подпроцесс
subroutine подпрограмма
subscrib подписка
subscribe подписаться
subscript индекс подгруппа
subscription подписка
subsection подраздел
subset подмножество
substr подстрока
subsystem подсистема
subthread поддискуссия
subtitl субтитр
subtitle субтитр подзаголовок
subtract вычесть вычитать лишь
subtraction вычитание
succes успешный успех успешность
successful успешно
such такой
sud юго
sudan судан
sudoku судок
suffix суффикс
suggest рекомендоваться предлагать окружить
suggestion заметить
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
suppres подавлять
suppression подавление
sur южный
sure действительно убедиться
surface поверхность
surigao суригао
surname фамилия
surrogate заменитель суррогат
surround окружить
suspend ждать спать
suspiciou подозрительный
swap поменять подкачка местами
swapp местами
sweden швеция
swedish шведский
swipe считывание повторять рука
switch переключиться
switzerland швейцария немецкий
symbol символ
symbolic символический символьный
symlink символический
symmetric симметрично симметричный кисть
sync синхронизация синхронизировать
synchroniz синхронизация
synchronize синхронизировать
synchronou синхронный
syntax синтаксический синтаксис
syria сирия курдский
syriac сирийский
system система системный
tab вкладка табуляция
table таблица
tableau игровой нибудь
tablet планшет
tag тег влиять тэг
tagg отметить
tai тая
tail хвост хвостовой
tak взятие
take съезд кольцо
talk обмениваться
tamil тамильский
tamilnet тамильский
tangent тангенс касательная гиперболический
tap касание палец
tar сжатый
target целить целевой
task задача
tatar татарский крымский турецкий
tconnect tсоединение
team документирование
tearoff отделенный разрыв
technical технический
technolog технология
technology предпочтительный передвижение зрение
teleport телепортация безопасный
telugu телугскай
temperature температура
template шаблон
temporari временно
temporary временный временной
ten десятка десять
terminal терминал
terminat терминировать завершать
ternary тернарный
terrain топографический
territor территория
test тест
text текст
texture текстура
thai тайский
than чем больше более
thank спасибо благодарность
that который
theme тема
then затем
they они
thi этот это
thick жирный
thicknes толщина
thin тонкий неразрывный
third третий
thousand тысяча
thread дискуссия
three тройка тереть три
threshold пороговый порог
through через
throughput пропускной способность
thumb рука
thumbnail миниатюра эскиз
thundershower грозовой ливень
thunderstorm гроза град сильный
thursday четверг
tib тиб тибит
tic деление
tick тиканье
tie точный
tifinagh тифинагский берберский марокко
til плитка
tile плитка
tim усиливаться временами истечь
time время временить
timeline монтажный
timeout задержка ожидание аут
timer таймер
timezone пояс часовой
title заголовок
toc помещать
today сегодня сегодняшний
todo дело
tofrom отличный
together вместе
toggl переключать
toggle переключить переключение
token токен маркер
tolerance допуск
tomorrow завтра завтрашний
toner тонер
too слишком много большой
tool инструмент
toolbar инструмент панель
tooltip подсказка всплывать
top верхний сверху
topic топика
topology топология
torrent торрент
total суммарный
touch касание
touchpad сенсорный панель
town таун
trac трассировка нормаль касательная
trace трассировка
track дорожка
tracker трекер
traditional традиционный
traffic трафик
trail завершать
train тренировка
trampolin трамплин
transaction транзакция
transactional транзакционный
transcod транскодирование
transdanubia задунайский
transfer передача
transform трансформация
transient привязать
transit транспорт
transition переход серый
transl перевод трансляция единица
translat перевести
translate перевести
translator переводчик облегчение
translucency полупрозрачность
transparency прозрачность
transparent прозрачный прозрачно непрозрачный
transport транспорт
transpos транспозиция
trap ловушка прерывание
trash корзина
travel путешествие
tray лоток трей
tre древовидный представление
treat трактовать рассматриваться
tree дерево
tri нечисловой делить
triangle треугольник
trigger активация
trigonometric тригонометрический
trigraph триграф
trinidad тринидад
tripura трипура
trivial нетривиальный косвенность
trough желобок направлять
true если
trunc укорочение усечение
truncat усеченный директивный обрезать
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
ultimate окончательный
unable невозможно удаваться
unalign невыровненный
unary унарный
unavailable недоступный
unbalanc несбалансированный сбалансировать дизайн
unbind освободить
unbound неограниченный
unclassif классифицировать
unclassifiable неклассифицировать
unclos незакрытый
uncompress несжатый
unconditional безусловный
undeclar описать
undefin неопределенный поведение
under под
underflow значимость терять
underlin подчеркивание
underline подчеркивание подчеркнуть
underscor подчеркивание
underscore подчеркивание
understand понимать
undo отменить
undocument недокументированный
unencrypt незашифрованный
unequal неравный
unexpand нерасширенный свертка
unexpect неожиданный
unexpected неожиданно окончиться
unexport неэкспортировать
unfinish незавершенный
unhandl необработанный
unicode юникод юникодная
unif унифицированный
unimplement нереализованный реализованный
unindent сдвинуть
uninitializ неинициализированный ссылочный
union объединение
unique уникальный
unit единица трансляция
univariate одномерный
universal универсальный
unknown неизвестный
unlimit неограниченный неограниченно полиморфный
unlink отвязать
unload выгрузить
unlock разблокировать разблокирование разблокировка
unmatch непарный пар
unmount размонтировать размонтирование
unnam безымянный неименованный
unpair сопряжение
unread непрочитанный
unreadable нечитаемый
unrecogniz нераспознанный неопознанный
unregister дерегистрировать регистрация
unresolv неразрешенный
unresponsive угроза повреждение представлять
unroll развертка
unsafe небезопасный неточно
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
unwant нежелательный
updat обновление обновить
update обновить обновление
upload отдача
upper верхний
uppercase заглавный
ups ибп
upside перевернуть портретный
urdu урдскай пакистан
usa сша
usage использование
use использовать использование
used использоваться использовать
useful полезно полезный
useles бесполезный
usenet новость
user пользователь пользовательский
usual обычно
utilit утилит
utility утилит
uzbek узбекский
valid корректный допустимый
validity достоверность
valley долина
valu значение
value значение
vari вариант
variab переменно модифицировать модифицированный
variabl переменный
variable переменный
variadic вариативный вариантный
variance дисперсия
variant вариант
variou различный
vcard визитка
vector вектор векторный
vectoriz векторизация
vega вега
vendor производитель
verbose подробный
verif проверить
version версия
vertical вертикальный вертикаль
very очень перестать зарядить
vfork испортить
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
violat нарушать
violate нарушать
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
volatile волатильная
voltage напряжение аккум
volume громкость том
wacom планшет стилус ластик
wait ожидание подождать
wallet бумажник
wallpaper обои
wammu рассказать
want хотеть действительно
warn предупреждать предупреждение
warranty гарантия
washington вашингтон
waste сброс
watch наблюдать слежение отслеживать
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
white белый
whiteout забеливание
whitespace пробельный разделяться
who персона ник
whole весить
wide широкий
widget виджет
width ширин столбец
will если быть
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
work рабочий работать
workaround обход
workspace рабочий
worm червячок
would декларирование девиртуализация
wrap перенос
wrapp перенос
wrapper обертка
writ директивный запись усеченный
writable записывать
write записать запись
written записать
wrote написать
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
zero нулевой нуль ноль
zib зиб
zic старший
zimbabwe зимбабве
zon зона
zone пояс часовой зона
zoom масштаб
"""
