#include "demo/DemoPeople.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Gendered
{
    QStringView male;
    QStringView female;
};

constexpr Gendered surnames[] = {
    {u"Иванов", u"Иванова"},      {u"Петров", u"Петрова"},     {u"Смирнов", u"Смирнова"},
    {u"Кузнецов", u"Кузнецова"},  {u"Попов", u"Попова"},       {u"Соколов", u"Соколова"},
    {u"Лебедев", u"Лебедева"},    {u"Козлов", u"Козлова"},     {u"Новиков", u"Новикова"},
    {u"Морозов", u"Морозова"},    {u"Волков", u"Волкова"},     {u"Соловьёв", u"Соловьёва"},
    {u"Васильев", u"Васильева"},  {u"Зайцев", u"Зайцева"},     {u"Павлов", u"Павлова"},
    {u"Семёнов", u"Семёнова"},    {u"Голубев", u"Голубева"},   {u"Виноградов", u"Виноградова"},
    {u"Богданов", u"Богданова"},  {u"Воробьёв", u"Воробьёва"}, {u"Фёдоров", u"Фёдорова"},
    {u"Михайлов", u"Михайлова"},  {u"Беляев", u"Беляева"},     {u"Тарасов", u"Тарасова"},
    {u"Белов", u"Белова"},        {u"Комаров", u"Комарова"},   {u"Орлов", u"Орлова"},
    {u"Киселёв", u"Киселёва"},    {u"Макаров", u"Макарова"},   {u"Андреев", u"Андреева"},
    {u"Ковальчук", u"Ковальчук"}, {u"Шевченко", u"Шевченко"},  {u"Гончаренко", u"Гончаренко"},
    {u"Ильин", u"Ильина"},        {u"Гусев", u"Гусева"},       {u"Титов", u"Титова"},
};

constexpr QStringView maleNames[] = {
    u"Александр", u"Сергей", u"Андрей",   u"Алексей",  u"Дмитрий", u"Николай",
    u"Владимир",  u"Иван",   u"Михаил",   u"Евгений",  u"Юрий",    u"Виктор",
    u"Павел",     u"Олег",   u"Григорий", u"Анатолий",
};

constexpr QStringView femaleNames[] = {
    u"Валентина", u"Елена", u"Ольга", u"Наталья", u"Татьяна",   u"Ирина",  u"Светлана", u"Людмила",
    u"Галина",    u"Нина",  u"Анна",  u"Мария",   u"Екатерина", u"Лариса", u"Надежда",  u"Вера",
};

constexpr Gendered patronymics[] = {
    {u"Александрович", u"Александровна"},
    {u"Сергеевич", u"Сергеевна"},
    {u"Андреевич", u"Андреевна"},
    {u"Алексеевич", u"Алексеевна"},
    {u"Дмитриевич", u"Дмитриевна"},
    {u"Николаевич", u"Николаевна"},
    {u"Владимирович", u"Владимировна"},
    {u"Иванович", u"Ивановна"},
    {u"Михайлович", u"Михайловна"},
    {u"Евгеньевич", u"Евгеньевна"},
    {u"Юрьевич", u"Юрьевна"},
    {u"Викторович", u"Викторовна"},
    {u"Павлович", u"Павловна"},
    {u"Григорьевич", u"Григорьевна"},
    {u"Петрович", u"Петровна"},
    {u"Васильевич", u"Васильевна"},
};

template<typename T, std::size_t N>
const T& pick(QRandomGenerator& random, const T (&items)[N])
{
    return items[random.bounded(quint32(N))];
}
} // namespace

QString DemoPeople::fullName(QRandomGenerator& random)
{
    const bool female = random.bounded(2U) == 1;
    const Gendered& surname = pick(random, surnames);
    const QStringView name = female ? pick(random, femaleNames) : pick(random, maleNames);
    const Gendered& patronymic = pick(random, patronymics);
    return (female ? surname.female : surname.male).toString() + u' ' + name.toString() + u' '
        + (female ? patronymic.female : patronymic.male).toString();
}

QString DemoPeople::ownershipType(QRandomGenerator& random)
{
    const quint32 roll = random.bounded(100U);
    if (roll < 80)
        return u"Частная"_s;
    if (roll < 90)
        return u"Долевая"_s;
    if (roll < 95)
        return u"Совместная"_s;
    return u"Муниципальная"_s;
}
