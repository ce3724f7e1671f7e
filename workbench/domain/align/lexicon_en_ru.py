"""English stems and the Russian lemmas they translate to, learned from Debian's
human translations by `bench/align_lexicon.py` (generated: do not edit by hand).

86940 units of 1-25 English words, none from the packages of the
alignment test sets (111074 units left out); Dice >= 0.2, together >= 3.
"""

LEXICON = """
abbrevi аббревиатура
able смочь
aboriginal канадский
abort прервать
about предупреждать
above высоко
absolute абсолютный
absorb волокно сплав
abstract абстрактный
accel ускоритель
acceler ускорение
accelerator ускоритель быстрый
accent акцент
accept принимать принять
acces доступ
accessibility вспомогательный специальный доступность
accidental предотвращение случайный
accord согласно
account учетный запись
accumulator сумматор
accuracy точность
ace туз
achieve мощность желаемый
acknowledge вступить
acquire псевдо
acr акр
act выборщик разовый действовать
action действие
activ активация
activate активировать
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
admin семья администратор
administrative административный
administrator администратор обратиться
advanc продвинуть расширить
advertisement анонс
aegean эгейский
aerial воздушный
aerobic аэробный нагрузка
affect влиять тег
affinity подобие три
afghanistan афганистан
africa африка
after после
again попробовать снова раз
age возраст давность
agent агент
aggreg группировка
aggregat агрегатный
aggregate агрегатный агрегат
aggressive агрессивный
ago назад
agreement согласование
air воздух земля
aircraft противовоздушный
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
all весь
alliance союз
alloc размещение выделение
allocatable размещать
allocate разместить выделить
allow разрешить допускаться
alloy сплав композитный сверхплотный
ally союзник
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
ambush засада
america америка
american латиноамериканский американский испанский
ammunition боеприпас бункер пво
amsterdam амстердам
anaerobic анаэробный нагрузка
analysi анализ нейросвязь
analytic аналитический
analyz проанализировать анализ
analyze анализировать проанализировать
analyzer анализатор
angel ангел
angl тригонометрический
angle угол
anim анимация
animate анимировать
annot комментарий рецензирование аннотация
announcement объявление
anonymou анонимный
another другой трансляция
answer вопрос ответ
anti противотанковый противовоздушный
antialia сглаживание
antialias сглаживание
any любой
anyth ничего
anyway равно
apdsb пуля
apfsd подкалиберный
apostrophe апостроф латышский
app применить
appear появляться
appenzell аппенцелля
appl применить применимый применяться
applet апплет фабрика
applic приложение
apply применение
approach приближаться
appropriate годиться
april апрель
arabic арабский
arbitrary произвольный
arc дуга конический
arch архитектура
archangel архангел
architecture архитектура
archiv архивирование
archive архив
area область
argument аргумент должный
arithmetic арифметический арифметик
arm вооруженный
armenian армянский
armor бронированный термобронить укрепить
armour броня
around вокруг рекомендоваться скобка
array массив
arriv прибыль
arrow стрелка
art нить
artifact артефакт захватить
artillery артиллерийский
artist исполнитель
ascend возрастание убывание сортировать
ask спрашивать
aspect соотношение пропорция сторона
assault штурмовой орудие укрепить
assemb ассемблерный ассемблер
assembler ассемблер ассемблерный
assertion утверждение
asset оптимальный масштабировать
assign назначить присвоить
assignment присваивание
assist помочь
assistant помощник
assistive предпочтительный передвижение зрение
associ ассоциация
associat связанный ассоциированный ассоциировать
assum предполагать предполагаться
assume предполагать
asterisk звездочка
asymptot асимптота гипербола
asymptote асимптота
asymptotic асимптотический регрессия
asynchronou асинхронный
atom атом
atomic атомарный
attach присоединить вложить
attachment вложение
attack атака атаковать
attempt попытка
attendance участие
attende участвовать участник приглашение
attention привлечь внимание
attica аттик
attribut атрибут
attribute атрибут
audible слышимый
audio аудио звуковой
audit аудит
august август
australia австралия
austria австрия
authentic аутентификация пройти необходимо
authenticate аутентифицировать идентификация
authenticator аутентификатор
author автор
authority сертификация
authoriz авторизация авторизованный
auto автоввод
autoaccept прием
autocheck автопроверка
autocommit автозавершение транзакция
autocompletion автодополнение
autodetect автоопределение
autoinstall аутентификатор
autoloader автозарядка
automat автоматизированный
automatic автоматический
automatical автоматически
autonomou автономный
autosav автосохранение
autosave автосохранение
autostart автозапуск
autoview автопросмотр
availability доступность
available доступный недоступный
avatar аватар
avenger мститель
average среднее средний
avoid избегать избежать
avx генерация
award награда
away отойти отсутствие
axe ось
axi ось
babbleprint голос
back назад
background фон фоновый
backslash косой коса черт
backup резервный копия копирование
backward назад обратный
bad некорректный плохой
baix баш
baker дюжина
balance баланс голубой
ban бан
bangla бенгальский индий
bann забанить
barcode штрихкод
barrel циклический
barrier барьер
bas основать основа
base базовый баз
basic базовый
batch пакетный
batter непрямой обнаруживать огонь
battery батарея заряд
bay бомба бей кластерный
baybayin байбайинский филиппинский
bcc скрытый
bds очищать
beacon маяк
beat такт удар
became бездействовать
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
bell проигрывать сигнал
belong принадлежать
below ниже
berber берберский тифинагский марокко
beside сбоку
best хороший целить постройка
beta бета
better лучше
between между
bevel скос
bibliography библиография
bidirectional двунаправить
big большой
bin контейнер
binary двоичный бинарный
bind комбинация статичный клавиш
birth рождение
birthday рождение
bisector биссектриса
bit бит битный битовый
bitfield ширина битовый
bitmap растровый
bitrate битрейт
bitwise побитный
black черный черно
blacklist черный
blank чистый пропуск
blaster антибункер
blend совмещение
blind жалюзи
blink мигание мигать
blizzard бурить снежный пурга
block блок
blog блог
blow пурга бурить
blue синий
bluetooth адаптер
blur размыть
board настольный
body тело корпус прочность
bogu фиктивный
bold полужирный жирный
bolívar боливар
bomb бомба кластерный отсек
bombard бомбарда
bonus бонус фальшивый
book книга адресный глоссарий
bookmark закладка
boolean булев логический побитовый
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
bpm удар
brabant брабант
brac фигурный скобка
brace фигурный скобка
bracket скобка парная угловой
braille брайлить
brain нейросинапс
branch ветвь ветвление
brazil бразилия португальский навить
break перерыв неразрывный
breakpoint останов остановка
breakthrough прорыв
breezy ветер слабый
brief инструктаж краткий
bright яркий жирный
brightnes яркость
britain великобритания
british британский
broadcast широковещательный
broken сломать
brown коричневый
browse обзор
browser браузер обозреватель
brush кисть
budd собеседник
buddy собеседник
buffer буфер
bug сообщить
build сборка
built генерация поддержка встроить
bulgarian болгарский
bulk массовый
bullet пуля вольфрамовый обеднить
bunker бункер антибункер
burkina буркин фасо
burn записать
burst серийный съемка
bus шина
busines служебный бизнес
buster антибункер
busy занятый занятость
button кнопка нажать
buzz позвать
byt байт директивный
byte байт
bytecode байткод байтовый
bézier безье рациональный кубик
cach кэшировать
cache кэш
calcul расчет вычисление
calculat вычислить
calculate вычислить
calculator калькулятор
calendar календарь
calibr джойстик калибровка
call вызов
callee вызывать
caller абонент логотип вызывать
cam кам
camera камера
cameroon камерун
camp лагерь
campaign кампания
can можно мочь может
canada канада
canadian канадский
cancel отменить отмена
cancell отменить
candidate кандидат
cannon пушка
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
cartesian декартов
cartridg картридж
cartridge картридж служебный
case регистр
cassette кассета
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
center центр
centimeter сантиметр
central центральный
centre центральный
certain обходить
certif заверить
certific сертификация
certificate сертификат
certify заверение
chain цепочка
chainfe цепной подача
challenge испытание
chance возможный снег маловероятный
chang изменение
change изменить
channel канал
chanop убирать
chapter глава
character символ текстовой
characteristic характеристика
charg зарядить перестать скоро
chart диаграмма
chat чат групповой
cheat жульничество сжульничать дроид
check проверить проверка
checker орфография
checksum сумма контрольный
child дочерний потомок
chilean чилийский
china китайский
chinese китайский упростить
chip смарт
choos выборщик разовый выбирать
chooser выборщик разовый действовать
cipher шифр симметричный
circl круг
circle окружность
circuit сопротивление
circular циклический круговой
cit цитирование дублироваться
city город
ciudad сьюдада
civilian гражданский спасти
cjk ккя иероглиф
claim утверждать
clas класс
classic классический робот
classific классификация
claus многократно встречаться клаузула
clause клаузула предложение
clea чистить
clean очистка
clear очистить
click щелкнуть нажать чтобы
client клиент
clip клип
clipboard обмен буфер скопировать
clock час
clockwise часовой повернуть против
clon клонирование клонировать
clone клон клонировать клонирование
clos закрытие закрытый закрывать
close закрыть
closure замыкание
cloud облачность облако
cloudy облачно облачность преимущественно
club треф положить
cluster кластер кластерный бомба
coarray комассив комассивная
coast инерция
cobra кобра полугусеница гусеница
code код генерировать
codec кодек
codepage конвертация кодовый
codimension коизмерение некомассивный подкомпонент
coefficient коэффициент
coin монета
coindex коиндексированный коиндекс
colemak коулмак
collaps свернутый
collapse свернуть сворачивание
collect сбор собирать
collection коллекция
collective альянс воин
collinear лежать
colon двоеточие разделяться
color цвет
column столбец колонка ширин
combat боев наземный
combiner объединитель
combo выпадать раскрываться
comic комикс
comma запятая разделить
command команда командный
commander командовать командир
commenc инструктаж
comment комментарий
commercial коммерческий
commit коммит фиксация
communicate связаться
community сообщество
compact компактный
compar сравниваться
comparable несравнимый
compare сравнить
comparison сравнение
compatibility совместимость
compatible совместимый
compil компиляция скомпилировать
compile компилировать компиляция
compiler компилятор
complet завершить
complete завершить
completion автодополнение дополнение
complex комплексный
complicat сложный
component компонент
compose составной
composer композитор отсоединить
composit композитный
composite сплав композитный сверхплотный
compositor композитор
compostela компостел
compound составной литерал рассматриваться
compres сжать упаковать
compress сжатый
compression сжатие
comput вычислять
compute доверительный высчитать подсчитать
computer компьютер компьютерный
concaten конкатенация
concrete бетон
condition условие
conditional условный условно
conferenc видеоконференция
conference конференция
confidence доверительный высчитать подсчитать
configur конфигурация настройка
configure настроить
confirm подтверждение подтвердить
conflict конфликтовать конфликт
conform компилировать соответствие
congo конго демократический республика
congratul поздравлять выиграть
conic конический сечение дуга
connect подключиться подключить подключение
connection соединение подключение
consider считаться рассматривать
console консоль
constant константа константный
constrain наклон зафиксировать
constraint ограничитель ограничение
construct построить конструкция точка
construction строительство фиктивный
constructor конструктор
consumption энергопотребление
contact контакт
contain содержать
container контейнер
content содержать
context контекст
contextual контекстуальный контекстный
contiguou непрерывный просто
continent материк
continu продолжение
continue продолжить продолжать движение
continuou непрерывный
contrast контраст контрастность
control управление контрольный
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
convex выпуклый выпуклость многоугольник
convoy конвой
coordinat координата
coordinate координата
cop скопировать
copenhagen копенгаген
copy копировать скопировать копирование
copyable нетривиальный косвенность
copyright авторский авторские право
cor запланировать столкнуться
corank коранг
core ядро
corner угол пригнать юго
corozal коросалить
correct правильный убедиться правильно
correction цветокоррекция коррекция
correspond соответствовать
corrupt повредить испортить
cosine косинус гиперболический
cost стоимость цена
could удаться
count счетчик
countdown отсчет съемка
counter счетчик
counterclockwise против
counterstrik контрудар
country страна
county округ
cover обложка крышка
coverage покрытие
cpu процессор цпу
crack взломать
cran зеркало
crash аварийный
creat создание создать
create создать
creator создатель
crimean крымский татарский турецкий
criteria критерий
critical критический
croatian хорватский
crop обрезка обрезать
cros перекрестный
cross пересекать
crt компоновать
crtc контроллер
crumble распад
cruz крус сант
crypto криптоконтекст криптомеханизм
cryptographic криптографический
cryptographical криптографически
cubic кубик третий безье
cumulative возрастать
cup чашка
currency валюта
current текущий
cursive курсив
cursor курсор
curvature изгиб
curve кривая безье ломаный
custom специализированный пользовательский инструкция
cut вырезать
cyan голубой бирюзовый
cyborg киборг
cycl велосипед расход
cyclone циклон зенитка
cylinder цилиндр
cyrillic кириллица кириллический черногорский
czech чешский
daemon демон служба
damage урон
danish датский
darfur дарфур
dark темно темный
darken затемнить
darknes затемнение
dart шип стрелять
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
decision решение
deck ярус колода сдать
declar декларация декларировать
declarator декларатор
declin остаток
decod декодирование
decode декодировать раскодировать
decoder декодер
decompile декомпилировать
decompose декомпозиция невозможный
decomposition разложение глиф
decor декорация
decreas уменьшаться
decrease уменьшить уменьшение
decrement декрементация декремент
decrypt расшифровать расшифровка
decryption расшифровка расшифровывание
dedicat углубить нейросвязь
deduction руководство
deep глубокий вложенность рекурсия
default умолчание
defeat победить
defens сооружение защитный
defensive защитный
deferr отложить
defin определить определенный
definition определение
deg градус
degre градус свобода
degree градус
del дель
delay задержка
delegate делегат
delegatemodel менять
delet удаление
delete удалить
delimiter разделитель сырой
delivery доставка
dell ноутбук
delta дельта различие
demerara демерар
democratic демократический конго республика
den отказать запретить
dendrogram дендрограмм
denmark даний
denominator знаменатель
dense плотный сплав композитный
density плотность шкала плoтнocти
deop убирать
depend зависеть
dependenc зависимость
dependency зависимость
dependent зависимый
deplet обеднить уран
deploy развертывание
deprecat устаревший устарелый
depreci амортизация остаток
depth глубина
deriv производный
derivative производная
derrick нефтяной нефтевышка вышка
descend убывание возрастание
describ описывать
describe описать
description описание
descriptor дескриптор
design дизайн
designat предназначить
designator целеуказатель обозначение лазерный
designer дизайнер
desir желаемый
desktop стол рабочий
destin назначение
destroy уничтожить
destruction уничтожение
destructor деструктор
detach отсоединить
detail подробность подробный
detect обнаружить
detection обнаружение
detector детектор
determin определять средство
developer разработчик
development разработка
devi отклонение
devic устройство
device устройство
devirtualiz девиртуализация декларирование
dfa дка
diacritical диакритический
diagnostic диагностик
diagonal диагональ
dialect диалект ассемблер
dialog диалог диалоговый
diameter диаметр
diamond бубен положить
diceware парольный
dictionary словарь
did иметься
diff различие
differ различаться отличаться
differenc отличие различие
difference разность
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
direct прямой напрямую
direction направление
directive директивный директива усеченный
directory каталог
directrix директриса парабола конический
disabl отключить выключить
disable отключить
disappear исчезнуть
disc диск
discard отбросить
disclose раскрыть
disconnect разорвать отсоединить
discovery обнаружение
discussion обсуждение
disk диск
display отображать
distance расстояние дистанция
distinct различаться подгонка различный
distribut распространяться
distribution распределение дистрибутив
district округ
disturb беспокоить отключение
dither сглаживание
divert отклонение
divide деление делить
division деление ноль
divisor делитель
dock док
document документ
doe поддерживать
dollar доллар
domain домен доменный
dominator доминатор
dominican доминиканский республика
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
droid дроид сжульничать себе
drop капля
dropdown выпадать
dry высыхание
dst летний
dtd мета
dual двухслойный
dummy формальный фактический
dump дамп
duplex переворот
duplicate повторный
dust пыльный песчаный бурить
dutch голландский
dvorak дворак
dynamic динамический
dynamical динамически
each каждый
earlier ранний
earth земля
ease облегчение написание
east восточный восток
eastern восточный
easy легкий
economy экономный
edge дуга край
edit редактирование изменить редактировать
editor редактор
effect эффект
effective эффективный
eib эиб эибит
eight восьмерка восемь
eighth восьмой
either либо
eject извлечение извлечь
element элемент
elemental элементный
elimin мертвый подвыражение экономия
elite элита
ellipse эллипс
ellipsi эллипсис
ellipsize эллиптизация
elliptic эллиптический
else иначе
email почта электронный
emblem эмблема
emirat эмират
emission тепловой
emit порождать
emitter излучатель
emoji эмодзи
emoticon смайлик
emp эми
empty пустой
emul эмуляция
emulator эмулятор
enabl включить
enable включить
enclos объемлющий обрамить
encod кодировка
encode кодирование
encoder кодировщик кодирование
encounter столкнуться
encrypt зашифровать шифровать
encryption шифрование
end конец
endian младший
endpoint оконечный
enemy вражеский враг противник
energizer активизатор
energy энергопотребление энергия
engin поисковый
engine двигатель движок
engineer инженер техник
english английский междунара великобритания
enhanc усилитель глянец
enhance автокоррекция
enough недостаточно достаточно
enter ввести
entity сущность
entropy энтропия
entry запись
enum перечисление
enumer перечисление перечислимый
enumerat перечисление
enumerator перечислитель перечислимый
envelope конверт японский
environment окружение
environmental окружать
epilogue эпилог пролог
episod эпизод
episode эпизод сезон
equ уравнение
equal равный
equality равенство
equilateral равносторонний
equivalence эквивалентность
equivalent эквивалентный эквивалент
era эра
eraser ластик
ergonomic эргономичный
errata обходить обход
erratum обход
error ошибка
escape экранировать последовательность
esperanto эсперанто
establish передовой
estimat примерный
estonian эстонский
ethiopic эфиопский
euro евро
european европейский
evacu бета
evaluate посчитать
even даже четный
event событие
every каждый
everywhere везде
evolute эволюта
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
exclude исключить исключать
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
experience опыт
experimental экспериментальный
expert эксперт экспертный
expir срок истечь просрочить
expire устаревание
explicit явный явно конкретизация
explosive взрывчатый фугасный снаряд
exponent экспонент вещественный
export экспорт экспортировать
expose пробросить
exposure выдержка съемка
expression выражение регулярный константный
expung уничтожение
extend расширить
extensible расширять
extension расширение
extent протяженность
external внешний
extra дополнительный
extract распаковать распаковка извлечь
extraction распаковка
eye глаз глазок красное
fac лицо
face лицо рубашка
facility мастерская ремонтный лаборатория
factor фактор коэффициент множитель
factorial факториал
factoriz разложение множитель
factorize множитель
factory фабрика завод производство
fahrenheit фаренгейт
fail удаться
failure сбой
fair ясно
fak фальшивка
fake фальшивый бонус
fall падать
fallback запасной
fallthru сквозной
fami семейство
fan фанат
faq чаво
far далекий
farther дальнейший
faso буркин фасо
fast быстрый
fatal фатальный
favorit избранный
favorite избранный
fax факс
february февраль
federal федеральный
feed лента подача подкаст
feeder подача
feet фут
fernando фернандо
fetch получение
few маленький
fibr волокно сплав
field поле пол
fifth пятый
figur фигура разделяться
fil файл
file файл
filesystem файловый система
filipino филиппинский кэйпвелла байбайинский
fill заполнение заполнить
filter фильтр
final декларирование девиртуализация
financial финансовый научный
find найти
fine тонкий качественный
finger палец считывание касание
fingerprint отпечаток считывание повторять
finish завершить
finite конечный
finland финляндия
finnish финский
fir стрелять шип
fire огонь непрямой
firewall брандмауэр маршрутизатор
firmware прошивка
first первый первое
fit подгонка
fitt подогнать подгонка
five пятерка пять
fix фиксированный исправить
flag флаг
flak зенитка циклон торнадо
flamer огнемет огнеметный гель
flash мигать флэш вспышка
flashcard карточка оборотный лицевой
flashlight вспышка
flat плоский
flexible регулировать
flight полет
flip отразить
float плавать арифметик
floppy дисковод гибкий
flurr мокрый небольшой снег
flush сброс
focu фокус
focus фокусировка
fog туман гроза ливневый
fold свертка нерасширенный идентичный
folder папка
follow следовать
font шрифт
footer колонтитул
footnot сноска
for длить
forbid запрещать
forc войско
force принудительный
forecast прогноз погода
foreground передний план
forget забыть
forgot забыть
fork развилка
form форма
formal формальный
format формат
formatt форматирование
former бывший прежний сопровождать
formula формула
fort форт
fortres крепость
forward вперед переслать
fotki фотка яндекс
found найти
founder основатель
four четыре четверка проекция
fourth четвертый четвертовать
fraction дробь дробить
fractional дробный
fram кадр
frame кадр рамка
framework инфраструктура
france франций франс
francisco франсиско
fre освободить
free свободный занятость свободно
freedom свобода
freehand произвольный
freetype глиф
freez переохладить морось дождь
french французский альт
frequency частота
frequent часто
friday пятница
friend друг
front лицевой передний
frontend клиентский
fuel инжектор двигатель
ful полностью
full полный
fullscreen полноэкранный
function функция
functional функциональный
functionality функциональность
funny выглядеть
further дальнейший
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
gas газотурбинный газовый двигатель
gateway шлюз
gaus гаусс
geary столкнуться
gegenbauer гегенбауэр многочлен
gel гель огнеметный сверхгорячий
gener генерация поддержка
general общий
generat сгенерировать
generate генерировать код
generator генератор энергия паротурбинный
generic общий
genr жанр
genre жанр
geo геогра
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
giv давать
glacier ледник
glitter вылет
global глобальный
glos глянец усилитель
glossy глянцевый глянец фотобумага
glucose глюкоза
glyph глиф
gnupg аудит
god бог
godavari годавари
goe отходить
golden золотой сечение
good хороший
gost гост
got получить
goto вычислять
gpl распространяться лицензия
grab захватить
gradient градиент градиентный
grain зерно
grande гранд рио
graph граф график
graphic графический
graphical графический
gray серый
greater больше
greece греция
greek греческий
green зеленый
greet приветствие
grid сетка
grip уголок
ground сотрясатель наземный
group группа групповой
grow увеличиться расширяться рост
growth рост
gtree правильно
guarantee гарантия
guard вышка бронированный башня
guatemala гватемала
gues назвать упражнение
gui графический
guid подвижной направлять
guide руководство
guillemet елочка кавычка
guinea гвинея
gulf залив
gun рельсовый штурмовой орудие
gunner иглометчик прыгун
hail град гроза мелкий
half полугусеница луч
halt несмотря
ham спам
hamgyŏng хамген
hand рука левша
handl обработка
handler обработчик
handshake квитирование установление рукопожатие
hangul хангылить чамо
happen случиться
hard жесткий трудно
hardcod жесткий
hardcopy беспроводный
hardcrete хардкрит бетонный стен
harden шип усиленный стройматериал
hardlink жесткий
hardpoint оборонительный укрепить укрепточка
hardware аппаратная аппаратный арифметик
harmonic гармонический гомология
has иметь
hash хэш хеш
have иметь
haze дымка гроза
head головка направляться
header заголовок
headphon наушник
headset гарнитур наушник
health медицинский прибор
heap бронебойный куча взрывчатый
heart черви чсс положить
heat противотанковый
heavy сильный тяжелый усиливаться
hebrew иврит
height высота
held удержание удерживать
helena елена святой
hellstorm шторм
help справка помощь
here здесь
herself сжульничать себе
hesh боеголовка усиленный
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
him сжульничать себе
hindi хинди
hint подсказка
his доктор рид
histogram гистограмма
historic исторический
historical исторический
history история журнал
hitpoint жизнь
hoist поднятие
hold удерживать
hollerith холлеритов
home домашний
homepage домашний
homogeneou однородный гомогенность
homology гармонический гомология
hopper боеприпас бункер пво
horizon горизонт симуляция
horizontal горизонтальный горизонталь
host хост узел
hostname узел
hot материал
hour час безвозвратно
hover ховер наведение
how сколько
however однако
howitzer гаубица адский
hub отверстие
hue оттенок тон
hull выпуклый
hungarian венгерский спецклавиш
hungary венгрия
hurricane ураган
hwanghae хванхэ
hybrid гибридный наследственный
hyper гиперскоростной
hyperbola гипербола асимптота
hyperbolic гиперболический косинус тангенс
hyperlink гиперссылка
hyphen дефис
ice ледяной круп крупа
icelandic исландский
icon значок
idea идея
identical идентичный слить
identif идентифицировать
identific идентификационный
identifier идентификатор
ideograph ккя иероглиф
idle бездействовать бездействие
ign отказаться шифр отказ
ignor игнорироваться проигнорировать
ignore игнорировать
imag изображение
image изображение образ
imaginary мнимый
ime отказаться
immediate непосредственный немедленно
imperial имперский
imphal импхала
impl предписать
implement реализовать реализация
implicit неявный неявно
import импортировать импорт
importance важность
important важный важно
improv улучшить
improvement улучшение
ims мгновенный
inactive неактивный отпустить
inactivity бездействие
inappropriate неподходящий
inbox входить
inc авторский
incendiary адский гаубица
inch дюйм рулон ширина
incidence мероприятие
includ включать
include включать
inclusive включительно
incom входить
incompatible несовместимый
incomplete неполный
inconsistent противоречивый
increas увеличение повышать увеличивать
increase увеличить увеличение
increment инкрементация инкремент инкрементный
indent отступ
independent независимый позиционный независимо
index индекс
india индий бенгальский
indic алфавитный
indicator индикатор
indirect косвенный непрямой огонь
indirection косвенность нетривиальный дать
individual отдельный
indonesian индонезийский
induction индуктивный
inefficient неэффективный
inertia инерция
infantry пехота колесный
inferno инферно
infinite бесконечный
info информация
infont вых
inform информация сведение
infrar инфракрасный
inherit наследовать унаследовать
inheritance наследование
inhibit несмотря блокировка устанавливать
initial начальный
initializ инициализация инициализировать
initialize инициализировать
initializer инициализатор
injection инжектор двигатель
ink чернила картридж
inlin подстановка
inline подстановка
inod inode'
inotify слежение
input входной ввод
insane безумный
insecure небезопасный
insert вставить вставка
inside внутри
insn инструкция
inspect исследовать
inspector инспектор
install установить установка
installer установщик
instance экземпляр
instant мгновенный
instanti конкретизация явный
instead вместо
instr промах выборка
instruction инструкция специализированный целый
insufficient недостаточно недостаточный
integer целое целочисленный целый
integr интеграция встраивание
integral целочисленный нецелочисленный
integrate подставлять
integrity целостность
intelligence разведка
intend задумать
intensity интенсивность усиленный термобронить
interactive интерактивный неинтерактивно
intercept перехватить
interest интересный ставка периодический
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
intersect пересечение
intersection пересечение
interval интервал
intl междунара английский спецклавиш
into директивный
intrinsic встроить
introduce угроза повреждение отвечать
introspect интроспекция
introspection интроспекция
intruder вторжение наш нексус
intuitive створка
invalid неправильный некорректный неверный
invalidate аннулировать
invariant вынесение инвариант
inverse гиперболический косинус
inversion инверсия
invert инвертировать инверсия
invertible скользить
invisible невидимый невидимость
invit приглашение пригласить
invite пригласить приглашение
ipc тестовый
iran иран курдский
iraq ирак курдский
ireland ирландия
irreducible несокращаемый
irregular неровный мозаика
island остров виргинский
iso запрещать
isolat изолированный
isolate изоляция
issu выдать
issue оформить
issuer издатель
ita италия
italian итальянский
italic курсив наклонный иерархия
item элемент
iter итерация итерационный сойтись
iterator итератор
ith отказ
its свой
itself себя сам
jack валет
jam заедание
jamo чамо джамо хангылить
january январь
japanese японский конверт
java ява
job задание
john джонс сент
join присоединиться
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
kdf ффк
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
killer киллер танк
kilobyt килобайт
kilometer километр
kind вид
kinetic кинетический броня прочность
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
laboratory лаборатория
lag лаг
lake озеро
lambda замыкание
lancer лансер
land высадка наземный
landscape альбомный
languag язык
language язык
lanka ланка шри
laptop ноутбук
large большой слишком больший
las ласа пальмас
laser лазер лазерный импульсный
last последний
latch затвор
latency латентность
later поздний
latin латинский латиница курдский
latitude широта
latvian латышский апостроф программист
launch запустить запуск
lay скомпоновать компоновать
layer слой слоить
layout раскладка
lazy ленивый
lead ведущий
leaf листовой
leak утечка
leap високосный
lear отказаться шифр отказ
learn выучить изучение обучение
least мера крайний минимум
leav покидать
leave оставить покинуть полноэкранный
left левый слева влево
legacy устаревший
legend легенда
length длина
leopard леопард
les маленький
let позволять
letter буква
level уровень
libc компоновать
librar библиотека
library библиотека
license лицензия
lid крышка ноутбук
ligatur лигатура
light небольшой снег светло
lighten осветлить
lightest светлый
lightweight легковесный
limit ограничение лимит
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
loader загрузчик зарядка
loan долг долговой
lobby лобби слэш
loc расположение местоположение
local локальный
locale локали локаль
localiz локализовать локализация
lock заблокировать блокировка
locu гмт
log журнал
logarithm логарифм
logarithmic логарифмический шкала
logfile лог
logical логический
login вход
logistic логистический
logo логотип абонент
loire луара
long длинный слишком
longer больше
longitude долгота
look выглядеть
lookbehind утверждение
loop цикл
los лос потеря
lossy потеря
lost утерять безвозвратно потерять
lot вынудить остановиться
lov любимый песня
low низкий заряд батарея
lower нижний
lowercase строчной
lto разбиение
luma инвертировать
luster люстровая фотобумага
lyric песня
macedonia македония
machin машина
machine машин машинный
machinegun пулемет тяжелый
macro макрос
made внести безвозвратно утерять
madeira мадейра
magenta пурпурный баланс
magic магический
magnatune магазин
magnetic магнитная магнитный наносить
magnifier увеличитель
magstripe магнитная
mail почта
mailbox ящик почтовый
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
manti богомол
manual вручную руководство ручной
manufacturer производитель
many много слишком
map карта
march март
marino марино
mark пометить отметить
marker маркер
markerline разделительный
markup разметка
mas масса
mashonaland машоналенд
mask маска
master мастер
match соответствовать совпадение
material стройматериал
math математический
mathematical математический
mathspace математический
matrix матрица
matte матирование матовый
max макс максимум
maximal рост
maximiz развернуть
maximum максимальный
may может
mayo майо
mbr наследственный гибридный
mean означать иметься
meaningful смысл значимый
meant предназначить
measure перенести
measurement измерение
mechanic механик
mechanism механизм
media носитель
medial медиальный
medium средний
meet встреча
megabyt мегабайт
member элемент
memory память
mention упомянуть
menu меню
merg слияние
merge объединение объединить перестроиться
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
midnight полночь
midpoint середина отрезка
migrate перенести
mil миля
millimeter миллиметр
millisecond миллисекунда
min мин
mini миниракета
minimiz свернутый
minimize сворачивать
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
missil ракета
missile ракета ракетный
mission миссия вылет транспортный
misspell правописание
mist туман ливневый
mix смешанный снег временами
mixer микшер
mmx генерация
mnemonic мнемонический мнемоник
mobile мобильный улица ночной
mobility передвижение предпочтительный
mod мода
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
monochrome монохромный черно
monospace моноширинный
monte монт
montenegrin черногорский кириллица латинский
month месяц
mood настроение
more более больше один
morn утро
morocco марокко тифинагский берберский
mortar миномет минометный
mosaic мозаика неровный шестиугольная
motion движение вынесение
mount монтирование подключить примонтировать
mountain гор
mountpoint монтирование
mouse мышь мыший вести
mov ход
movable подвижной направлять
move переместить положить
movement движение
movie фильм
mph миля
msgid облегчение
multibyte многобайтный
multicast мультикаста
multidimensional многомерный размерность кроме
multilib мультибиблиотека
multiline многострочный
multilingual многоязыковый
multimedia мультимедийный
multip умножение умножить
multiplayer многопользовательский
multiple несколько
multiplic умножение
multitable мультитаблица
multivariate многомерный разработать
music музыка музыкальный
musical музыкальный
must должный быть должно
mute звук
mutual взаимно исключаться исключать
mwh мвт
myanmar мьянманский
nakhon накхон
nam именовать
namdo намдо
name имя название
namespace пространство
narrow узкий
nasda насд спутник
native нативный
nativo навить бразилия португальский
natural натуральный естественный
nature природа
navig навигация навигационный
nce отвергнуть
ncrypt шифр отказ оба
near вынудить почесть
nearest близкий
need нужный
needle игломет
negative отрицательный неотрицательный
neighbor сосед
nelson нельсон
neo немецкий
nest вложить
netherland нидерланды
network сеть сетевой
neural нейросинапс
neutral нейтральный
never никогда
new новый новое
newlin атака
newsgroup новость
next следовать ряд
nexu нексус
nice уступчивость
nick ник псевдоним персона
nickel никель
nickname ник
night ночной ночь ночное
nightmare кошмар
nil сравниваться
nile нил
nine девятка девять
ninth девятый
node нод узел
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
normal обычный
normaliz нормализация нормализовать
norte северный
north северный северо
northern северный северн саамский
norwegian норвежский
note заметка замечание
notebook блокнот
noth ничего нечего
notice авторские
notific уведомление
notify уведомлять
november ноябрь
now теперь сейчас
nuclear ядерный реактор
nueva нуэв
number число номер количество
numeral арабский
numerator числитель
numeric числовой
numerical численный
nyong ньонг
o'clock ровно
oauth секрет предоставляться маркер
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
offer предлагать
office кабинет офисный автоответ
offline автономный
offload разгрузка
offset смещение
often часто частый
oil нефтяной нефтевышка вышка
old старый старое
olpc афганистан
omitt логарифмический
once раз встречаться
one один
onetime выборщик разовый действовать
online онлайн
only только
onto положить
oop эхтыж
opacity непрозрачность прозрачность
opaque непрозрачный прозрачно
open открыть открытие
openacc параллелизм объемлющий
openmp структурный
openssl подпроцесс
oper операция
operand операнд
operat операционный
operator оператор
opposite противоположный
optical оптический
optimal оптимальный
optimis оптимальный
optimiz оптимизация
optimize оптимизировать
option параметр опция
optional необязательный необязательно
orange оранжевый
orbit орбита
order порядок
organiz организация
organizational подразделение организация
organize упорядочение
organizer организатор
orient ориентация
original исходный оригинальный оригинал
oriya орийя
ort ортировать
orthogonal перпендикулярный
osculat соприкасаться
ossetian осетинский
ostrobothnia остроботние
oth шифр отказ оба
other другой
otherwise противный иначе случай
our наш
out вне диапазон
outfont вых
outgo исходить
outlook понимать
output вывод выходной
outside вне
over поверх
overcast сплошной
overcoat покрытие защитный
overflow переполнение знаковый
overlap перекрываться перекрытие
overlapp перекрываться
overlay исчезать блокирование
overload перегрузить перегрузка
overlong сверхдлинный
overrid перебивать
overridden переопределить
override переопределить
overview обзор обзорный
overwrite перезаписать перезапись
overwritten перезаписать переписать
own собственный принадлежать
owner владелец
oxide оксид пропилен
p'yŏngan пхенан
pacific океан тихий
packag пакет
package пакет
pad площадка посадочный гнездо
padd дополнение
pag страница
page страница
pager пейджер
pair пар сопряжение сопрячь
pakistan пакистан урдскай
palette палитра
palm ладонь
palma пальмас ласа
pane боковой
panel панель
paper бумага фотобумага рулон
parabola парабола директриса
paradigm парадигма
paragraph абзац параграф
parallel параллельный
parallelism параллелизм объемлющий
parallelize распараллеливание разбиение
parameter параметр
paranoia параноидальный прежний
parasite паразит
parent родительский родитель
parenthes скобка окружить рекомендоваться
parenthesi скобка
pargana паргана
pars разбор
parse разобрать разбор
parser парсер анализатор
part часть частить
partial частичный частично
participant участник
partition раздел
pas проход
pass передать
passive пассивный
passphrase фраза парольный
password пароль
paste вставить вставка
patch гряда
path путь
patience пасьянс
pattern шаблон образец
paulo паула
paus приостановить приостанавливать
pause приостановить пауза приостановка
payment оплата
pcl универс широкий принтер
pda кпк
pedestrian пешеходный ночной улица
pedro педро
peel раскатать раскатка
peer участник
pellet ледяной круп крупа
pen ручка перо
penedè пенедес
people человек участвовать
pepperpot пепперпот
percent процент рост
percentage процент процентный
perfect идеально
perform выполнить
performance производительность производительный снизить
period временами период смешанный
periodic периодический ставка оплата
periodical периодически периодический
permanent безвозвратно утерять навсегда
permission право разрешение
permit разрешать
perpendicular перпендикулярный
persian персидский
persistent постоянный
person персона ник человек
personal персональный личной
peso песо
phase фаза этап
phone телефон
phonebook телефонный книга
phonetic фонетический русский
phosphor фосфорный
photo фотография
phrase глоссарий фраза
physical физический
pib пибит
pic позиционный независимый
pictograph пиктограмма
picture картинка щелкнуть вести
piece участок
pierc бронебойный поддон взрывчатый
pin закрепить
ping прозвон
pinn закрепить
pipelin конвейеризация
pipeline конвейер
pit окоп минометный адский
piwigo фотобиблиотек
pixel пиксел пиксель
pixmap растровый
plac поместить
place положить ряд
placeholder заполнитель
placement размещение
plain обычный
plaintext нешифрованный незашифрованный
plan план
plascrete пласткрит
plasmite плазменный сверхгорячий гель
plasteel пласталь
plata плат
plateau плато
platform платформа
play воспроизведение воспроизвести
playback воспроизведение
player игрок проигрыватель
playlist воспроизведение
please пожалуйста
plot график построение
plu плюс
plugin модуль плагин
plural множественный
podcast подкаст лента
point точка плавать
pointer указатель
polar полярный полюс поляра
policy политик
polish польский
poll опрос
polygon многоугольник вершина
polygonal ломаный замкнутый
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
positional позиционный
positive положительный
possible возможный
postcard открытка
postfix постфиксный
postpon отложить перерыв
postprocess постобработка
pounce правило
pound фунт
power низкий заряд батарея
powerful мощный
ppenc отказаться отказ шифр
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
presence присутствие
present презентация
preserv сохраняться
preset предустановка
press нажатие
pressure давление
prevent предотвращение
preview предварительный предпросмотр просмотр
previou предыдущий
previous ранее
price цена
primary первичный главный основное
prime множитель
primitive примитив примитивный первичный
prince принс
print печать печатать напечатать
printer принтер
priorit приоритет
priority приоритет
privacy конфиденциальность
private личной
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
produc производиться
produce производить дорого долгий
product продукт
production производство
profil профилирование профилировочный
profile профиль профилирование
profiler профилировщик
program программа
programm программирование
programmer программист латышский
progres ход индикатор прогресс
project проект
projection проекция
projective проективный проекционный вращать
projectivity проекция четыре
prolog пролог
prologu пролог
prologue пролог эпилог
pronunci произношение
propag распространение межпроцедурный
propert свойство
property свойство
proportion пропорция
proportional пропорциональный
propos предложить
proposal контрпредложение
propulsion движитель кибердвижителить
propylene оксид пропилен
protect защитить
protection защита
protective наследственный гибридный
protector адресация
protocol протокол
prototyp прототип
prototype прототип согласно
provid предоставить предоставлять предоставляться
provider поставщик провайдер услуга
provinc провинция
prox прокси
proxy прокси
pseudo псевдо
psychic экстрасенсорный
public публичный открытый
publish публикация опубликовать сервис
publisher издатель
puerto пуэрто
pukto пукто
puls импульс
pulse импульсный лазер пульсация
punctu пунктуация препинание знак
punn перекрытие
punycode паникод
pure процедура
purple фиолетовый
purpos осуществляться
put помещать
puzzl головоломка
puzzle головоломка пазл
python питон
qazaqstan казахстанский
qml отладчик
qtif атом
quad счетверить
quadratic квадрика безье рациональный
quadrilateral четырехугольник
qualif квалифицированный
qualific квалификация
qualifier квалификатор
quality качество
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
radar радар радарный
radian радиан
radical радикальный
radio радио радиостанция
radiu радиус
rail рельсовый шип пушка
rain дождь переохладить снег
rainbow радуга
raise поднять
ramp съезд свернуть
random случайный вразброс
range диапазон вне
rank ранг
rapid зарядка
raster растр растровый
rat оценка рейтинг
rate чсс
rather согласно
ratio соотношение отношение золотой
rational рациональный безье кубик
raw простой
reach достигнуть
reactor реактор ядерный
read чтение прочитать
readahead упреждать
ready гот готовый
real действительно
realtime реальный
rearm площадка посадочный роботоперевооружение
reason причина
reassign переназначить
reboot перезагрузить перезагрузка
rebuild пересобрать пересборка
receipt прочтение
receiv получить
receiver получатель
recent недавний недавно
recipient получатель
recod перекодирование
recognition распознавание
recogniz распознать
recognize распознавать
recognizer распознавание
recommend рекомендовать рекомендоваться
reconnect переподключить пересоединиться
recover артефакт захватить груз
rectangl прямоугольник
rectangle прямоугольник прямоугольный
recursion рекурсия
recursive рекурсивный
red красное красный глаз
redeal пересдача
redeclar редекларация редекларировать повторно
redeclare переопределять
redefin переопределить переопределение
redefinition переопределение
redirect перенаправить перенаправление перенаправлять
redirection перенаправление
redo повторить
redraw перерисовать
reduc сократить бесцветный
reduction редукция
redundant избыточный
reed рид доктор
ref ссылка
refer ссылаться сослаться
referenc ссылаться
reference ссылка
reflect отразить
refus отказать отклонить
regardles независимо
regex регулярный
region директивный регион область
register регистр зарегистрировать
registr регистрация
registry реестр
regression регрессия асимптотический
regular регулярный выражение
reinforc бетон стройматериал
reinforcement подкрепление
reinstall переустановка переустановить
reject отклонить отвергнуть
rel отношение
relat связанный
relative относительный относительно
relax ослабление ослабить
relay пост
release выпуск
relief рельеф
reload перезагрузить перезагрузка перезарядка
relocatable перемещать
remailer цепочка
remain остаться
remapp переотображение
remember запомнить запоминать
reminder напоминание
remote удаленный репозиторий
removable съемный сменный носитель
remove удалить убрать
renam переименование переименовать
rename переименовать переименование
render отрисовка
renderer отрисовщик
reopen заново
reorder переупорядочение переупорядочить
rep ответить ответ
repair ремонтный мастерская автоматизированный
repeat повтор
repeated считывание повторять рука
repertoire репертуар
replac заменить
replace заменить
replacement замена
replay повтор реплей
replicat саморепликация
replicate размножить
repo репо
report сообщить отчет
repository репозиторий комплект
represent представлять
representable непредставимый
republic республика демократический конго
request запрос запросить
requir требоваться требовать аутентификация
requirement требование
rescan пересканировать
rescue спасти гражданский
research исследование лаборатория исследовательский
reserv зарезервированный зарезервировать
reserve резерв зарезервировать
reset сбросить сброс
resident резидентный
residual остаток
resistance сопротивление
resolution разрешение
resolve перегрузить
resolver разрешитель ресолвер
resourc ресурс
resource ресурс
respective соответственно
respond отвечать
responder ответчик
respons отклик
response ответ
responsible ответственный
restart перезапустить перезапуск
restor восстановление восстановить
restore восстановить
restrict ограничить
result результат
resume возобновить
retali возмездие
retract активация
retribution кара
retrieval занятость
return возвращать возврат
reverse обратный
review отзыв
revision ревизия редакция
revoc аннулирование
revok отозвать просрочить
revoke отозвать
reward вознаграждение заводский награда
rewritable перезаписывать
rich форматировать
richmond ричмонд
right правый справа вправо
ring проигрывать
rington мелодия
ringtone рингтон
rio рио гранд
risk угроза риск повреждение
rng нереализованный
road дорога
robot робот безопасный особо
robotic роботизированный мастерская роботоперевооружение
rocket миниракета ракета ракетный
rof скорострельность рельсопушка скоростной
rol роль
role роль
roll рулон ширина рулонный
roman римский
romanian румынский
room комната
root корнев корневой корень
rot вращение поворот
rotary роторный
rotate повернуть часовой стрелка
round округление снаряд
roundabout кольцо съезд круг
route маршрут
router маршрутизатор брандмауэр
routine параллелизм
row строка
rpm мин
rul правило
rule правило
ruler линейка
run запустить
runn запустить
runtim исполнение
runtime исполнение среда
rupee рупия
russia россия
russian русский фонетический
saami саамский
sabot поддон
safe безопасный ход особо
saint сент сен
salvador сальвадор
sam защитник мститель пво
samar самар
same одинаковый тот что
sametime сообщество
sampl выборка
san сан хосе
sand песчаный пыльный бурить
sandbox песочница
santa сант крус
santiago сантьяго
satellit спутник насд лазерный
satellite спутниковый спутник
satisfy удовлетворять заполнитель
satur насыщенность
saturday суббота
sav сохранение сохранить
save сохранить сохранение
saver энергосбережение хранитель
saxony саксония
say произносить
scal масштабирование масштабировать
scalar скалярный скаляр
scalariz скаляризация
scale шкала масштаб логарифмический
scan сканировать сканирование
scancode скан
scann сканирование
scanner сканер компания
scavenger мусорщик
schedul планирование селективный
schedule планировать расписание
scheduler планировщик эвристика конвейеризация
schema схема
scheme схема цветовой
scientific научный финансовый
scor вклад
score счет
scorpion скорпион ввп
scourge бич
scrambler турель
screen экран экранный
screensaver хранитель
screenshot снимка экран
script сценарий скрипт
scroll прокрутка прокрутить
scrollable прокручивать
scrollbar полоса прокрутка
sea мор
seal запечатать
search поиск
seascape перевернуть
season сезон эпизод
seasonal сезонный
sec сек
second секунда втора второй
secondary вторичный
secret секретный секрет
section секция
sector сектор
secure безопасный защитить
security безопасность
see смотреть
seem похоже кажется
segment отрезка сегмент
seine сена
select выбрать
selection выделение выбор
selective селективный планирование
selector селектор
semantic семантика семантический
semaphor семафор
semaphore семафор
semi разделяться
semicolon запятая
semiglos полуглянцевый фотобумага
send отправить отправка
sender отправитель
senergy мвт
sens окружать
sense смысл
sensitive учет чувствительный
sensitivity чувствительность
sensor датчик считывание повторять
sent отправить
separ разделение
separat запятая разделить разделяться
separate отдельный отдельно
separator разделитель
september сентябрь
sequence последовательность
ser серия
serbian сербский латинский
serial серийный
serializ сериализация
serif засечка
seriou серьезный
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
shade затенить тенить
shadow тенить тень перекрывать
shaker сотрясатель
shape форма
shar разделять
share поделиться
sharp крутой резкий поворот
sharpen резкость выкл
sheet лист приемный
shell оболочка снаряд шелл
shift сдвиг
short короткий краткий
shortcut комбинация клавиш
shorter короткий
should должный
show показывать показать
shower ливневый ливень снег
shutdown зарядить перестать скоро
shutter затвор
siang сианг
sid сторона двусторонний
side сторона боковой
sidebar боковой боков
sieve сценарий
sign подписать подпись
signal сигнал
signature подпись
signednes знаковость
sikkim сикким
silc пар
silo шахта ракетный
similar похожий
similitude подобие
simp просто непрерывный
simple простой
simplif упростить китайский
simplify упрощение предполагаться
simul симуляция горизонт
simulator симулятор
simultaneous одновременный
since поскольку
sine синус гиперболический
single одиночный
singular сингулярный
site сайт зенитка
situ ситуация
six шестерка шесть
sixth шестой
size размер
sizeof устранить
skin оформление обложка
skip пропускать
skipp пропускаться пропустить пропуск
skirmish сражение стычка
slash слэш черта коса
sleep спать засыпание блокирование
slice вырезка
slider ползунок
slideshow слайд шоу эффект
slight маловероятный взять
slot слот
slovak словацкий
slovenian словенский
slow медленный замедлить дорого
slower медленный
slowest медленный
small маленький маленькая
smaller малый
smart умный смарт интеллектуальный
smartcard смарт
smiley смайлик эмоция
smonth sмесяц
smooth плавной сглаживать сглаживание
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
someone кто произносить
someth пойти нибудь
song композиция песня
soon скоро зарядить перестать
sorry извинить простить
sort сортировка сортировать
sound звук звуковой
source источник исходный
south южный юго
southern южный
spac пробел табуляция
space пространство пробел место
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
spectate наблюдатель
spectator наблюдатель
specul спекулятивный планирование
speculative спекулятивный
speech речь
spell орфография правописание
spellcheck орфография
spider паук масть
spill выталкивание
spinner волчок
splash заставка
splin сплайн кубический
split разделить створка
spool спул
spread заливка
squall шквал
squar квадрат
square квадратный квадрат
squiggle волнистый
sri шри ланка
sse генерация
ssh агент
ssse генерация
stabiliz стабилизация стабилизировать
stack стек
stage стадий промежуточный
stamp штамп
standard стандартный стандарт
star звезда
start начать начало запустить
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
steel стальной
step шаг
stepper чувствительность
sticky липкий записка залипать
stock колода
stop остановить
stopp остановить прекратить
stor храниться
storage хранение
storm песчаный пыльный бурить
stormbringer предвестник бурить
str строка
straight прямо продолжать движение
strange странно странный
strateg стратегия
strategy стратегия
stray лишний
stream поток
street улица ночной
strength надежность
stretch разрядка
strict строгий перекрытие
strike зачеркнуть боевой перечеркнуть
strikethrough зачеркивание перечеркивание
strip полоска
stripe магнитная наносить буквенный
stroke черт черта
strongpoint опорный усиленный
struct структура
structur постройка структурный
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
succes успех успешность успешный
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
sunburst солнечный луч
sunday воскресение
sunny солнечно преимущественно
sunrise восход солнце закат
sunset закат солнце
super супер особо суперблок
superblock суперблок
superclas суперкласс
superclass суперкласс
supercrete суперкрит
superdense суперпрочный сверхплотный сплав
superfluou лишний
superhot сверхгорячий гель огнеметный
superscript надстрочный
superuser суперпользователь
supp картридж
support поддерживаться поддерживать поддержка
suppres подавлять
suppression подавление
sur южный
sure действительно убедиться
surface поверхность воздух земля
surigao суригао
surname фамилия
surrogate заменитель суррогат
surround окружить
survive выжить
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
symmetric симметричный симметрично кисть
synapse нейросинапс
synaptic нейросвязь синаптическа углубить
sync синхронизация синхронизировать
synchroniz синхронизация синхронизировать
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
tactical тактический
tag тег метка влиять
tai тая
tail хвост хвостовой
take съезд кольцо
talk обмениваться
tamil тамильский
tamilnet тамильский
tangent касательная тангенс гиперболический
tank танк киллер противотанковый
tap касание
tar сжатый
target целить целевой
task задача
tatar татарский крымский турецкий
tconnect tсоединение
team альф гамма
tearoff отделенный разрыв
technical технический
technolog технология
technology технология предпочтительный нейросвязь
teleport телепортация безопасный
telugu телугскай
temperature температура
template шаблон
temporari временно
temporary временный временной
ten десятка десять
terminal терминал
terminat терминировать
ternary тернарный
terrain топографический
territor территория
territory территория
test тест проверка
text текст
texture текстура
thai тайский
than чем больше более
thank спасибо благодарность
that который
the длить
theme тема
then затем
thermal термобронить суперпрочный усиленный
thermite термитный
thermopole активизатор
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
through через проходить
throughput пропускной способность
thumb рука
thumbnail миниатюра эскиз
thunar проводник
thundershower грозовой ливень
thunderstorm гроза град сильный
thursday четверг
tib тиб тибит
tic деление
tick тиканье
tie точный
tifinagh тифинагский берберский марокко
tiger тигр
til плитка тайлинг
tile пригнать
tim усиливаться временами истечь
time время временить
timeline монтажный
timeout задержка ожидание аут
timer таймер
timestamp отметка
timezone пояс часовой
tint оттенок
tip совет
tipp вольфрамовый пуля
title заголовок
toc помещать
today сегодня сегодняшний
todo дело
together вместе
toggl переключать
toggle переключить переключение
token токен маркер
tolerance допуск
tomorrow завтра завтрашний
toner тонер
too слишком много большой
tool инструмент средство
toolbar инструмент панель
tooltip подсказка всплывать
top верхний сверху
topic тема
topology топология
tornado торнадо зенитка
torrent торрент
total суммарный
touchpad сенсорный
tower башня вышка
town таун
trac трассировка нормаль
trace трассировка
track дорожка гусеница
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
transform преобразование
transition переход слайд шоу
transl перевод трансляция единица
translat перевести
translate перевести
translator переводчик облегчение
translucency полупрозрачность
transparency прозрачность
transparent прозрачный прозрачно
transport транспорт миссия вылет
transporter транспортер
transpos транспозиция
trap ловушка прерывание
trash корзина
travel путешествие
tray лоток трей
tre древовидный представление
treat трактовать рассматриваться
tree дерево
tri нечисловой
triangle треугольник
trigonometric тригонометрический
trigraph триграф
trinidad тринидад
tripura трипура
trivial нетривиальный косвенность
trough желобок направлять
truck грузовик
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
tungsten вольфрамовый пуля
turbine газотурбинный паротурбинный генератор
turbo турбонаддув двигатель
turkey турция курдский
turkic древнетюркский
turkish турецкий крымский татарский
turn повернуть
turret турель башня ремонтный
turtle черепашка
tutor репетитор
tutorial обучать
twenty двадцать
twice дважды
twin спарить пулемет штурмовой
two два двойка
tyou tвы
type тип
typewriter машинописный
typical обычно
typographic типографский
ugaritic угаритский
ukrainian украинский
ultimate окончательный
unable удаваться невозможно
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
undefin неопределенный
under под
underflow значимость терять
underlin подчеркнуть подчеркивание
underline подчеркивание подчеркнуть
underscor подчеркивание
underscore подчеркивание
understand понимать распознать
undo отменить
undocument недокументированный
undone откатить
unencrypt незашифрованный нешифрованный
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
unit единица юнит
univariate одномерный
universal универсальный
unknown неизвестный
unlimit неограниченный неограниченно полиморфный
unlink отвязать
unload выгрузить
unlock разблокировать разблокировка разблокирование
unmatch непарный
unmodif неизмененный
unmount размонтировать
unnam безымянный неименованный
unpair сопряжение
unread непрочитанный
unreadable нечитаемый
unrecogniz нераспознанный неопознанный
unregister дерегистрировать регистрация
unresolv неразрешенный
unresponsive угроза повреждение отвечать
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
until пока
untitl безымянный
untrack неотслеживаемое
untrust ненадежный непроверенный
unus неиспользуемый неиспользованный
unusual необычный
unwant нежелательный
updat обновление обновить
update обновить обновление
upgrad улучшаться автоматически улучшить
upgrade улучшение мастерская
uplink спутник
upper верхний
uppercase заглавный
ups ибп
upside перевернуть портретный
uranium обеднить уран
urdu урдскай пакистан
usa сша
usage использование
use использовать использование
used использоваться использовать
useful полезный полезно
useles бесполезный
usenet новость
user пользователь пользовательский
usual обычно
utilit утилит
utility утилит
uzbek узбекский
vac отсутствие
valid корректный допустимый являться
validity достоверность
valley долина
valu значение
value значение
vapor паротурбинный генератор
vari вариант
variab переменно модифицированный модифицировать
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
vehicl колесный пехота наземный
vehicle машин
velocity гиперскоростной пушка
vendor производитель
vengeance месть
verbose подробный
version версия
vertex вершина
vertic вершина
vertical вертикальный вертикаль
very очень зарядить перестать
veteran ветеран
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
vindicator защитник
viol нарушение превышение
violat нарушать
violate нарушать
viper гадюка колесо полугусеница
virgin виргинский
virginia виргиния
virtual виртуальный
visibility видимость
visible видеть
visit посетить
visitor посетитель
visual визуальный
vocabulary словарь
voice голос голосовой
volatile волатильная
voltage напряжение аккум
volume громкость том
vtol ввс ввп башня
wacom планшет стилус ластик
wait ожидание подождать
wall стен бетонный
wallet бумажник
wallpaper обои
wammu рассказать
want хотеть действительно
warhead боеголовка взрывчатый ракетный
warn предупреждать предупреждение
warranty гарантия
warrior воин альянс
warzone мод
washington вашингтон
waste сброс
watch наблюдать
weak слабый
weapon оружие орудие
weather погода прогноз
web веб браузер
webcam веб камера
website сайт веб идентификационный
week неделя
weight вес
welcome добро пожаловать приветствие
went пойти
were быль
west западный
western западный
wet мокрый снег
what какой
whatever нибудь
wheel колесо гадюка колесико
when переть когда
where где
which который
whirlwind вихрь
whisper тихий
white белый черно
whiteboard доска белый
whiteout забеливание
whitespace пробельный пробел разделяться
who персона ник кто
whole весить
wide широкий
widget виджет
width ширин столбец
wiki узнать
will быть если
wind ветер
window окно
windy ветер
wine вино вина
winnable помощник
wipe стереть раскрытие
wireles беспроводный
within внутри
without без
wizard мастер
won выиграть поздравлять
word слово
work рабочий работать
workaround обход
workspace рабочий место переключиться
world мир
worm червячок
wrap перенос
wrapp перенос
wrapper обертка
wreck разрушить
writ директивный запись усеченный
writable записывать фотобиблиотек
write записать
written записать
wrote написать
wrt полярный
wyvern виверна
xdfff кодовый
xth разделяться
yandex фотка яндекс
year год
yellow желтый баланс
yesterday вчера
yet еще пока
yib йиб
you хотеть
your ваш
yourself себя
yyyy гггга
zambia замбия
zamboanga замбоанга
zealand зеландия
zero нулевой нуль ноль
zib зиб
zic старший
zimbabwe зимбабве
zone пояс часовой зона
zoom масштаб
"""
