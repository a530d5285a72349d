#include "demo/DemoNotices.h"

using namespace Qt::Literals::StringLiterals;

QList<Organization> DemoNotices::organizations()
{
    // Fictitious bank details that pass PaymentDetailsRules (check digits and account keys).
    Organization operatorFund;
    operatorFund.name =
        u"НКО «Региональный фонд капитального ремонта многоквартирных домов Энской области»"_s;
    operatorFund.role = u"Региональный оператор"_s;
    operatorFund.address = u"г. Энск, ул. Советская, д. 10"_s;
    operatorFund.phones = {u"+7 (4852) 00-10-01"_s, u"+7 (4852) 00-10-02"_s};
    operatorFund.email = u"info@fkr-ensk.example"_s;
    operatorFund.openingHours = u"пн–чт 8:30–17:30, пт 8:30–16:30"_s;
    operatorFund.website = QUrl(u"https://fkr-ensk.example"_s);
    operatorFund.inn = u"7604000013"_s;
    operatorFund.kpp = u"760401001"_s;
    operatorFund.bankName = u"Энское отделение № 0017 ПАО Сбербанк"_s;
    operatorFund.bic = u"047888670"_s;
    operatorFund.settlementAccount = u"40604810877030000012"_s;
    operatorFund.correspondentAccount = u"30101810500000000670"_s;

    Organization managingCompany;
    managingCompany.name = u"ООО «Управляющая компания „Мирный“»"_s;
    managingCompany.role = u"Управляющая организация"_s;
    managingCompany.address = u"г.п. Мирный, ул. Мира, д. 1"_s;
    managingCompany.phones = {u"+7 (48535) 2-11-00"_s};
    managingCompany.email = u"uk-mirny@example.ru"_s;
    managingCompany.openingHours = u"пн–пт 8:00–17:00, обед 12:00–13:00"_s;

    Organization paymentAgent;
    paymentAgent.name = u"АО «Энский расчетный центр»"_s;
    paymentAgent.role = u"Платежный агент"_s;
    paymentAgent.address = u"г. Энск, пр-т Ленина, д. 21"_s;
    paymentAgent.phones = {u"+7 (4852) 00-20-20"_s};
    paymentAgent.email = u"rc@ensk-rc.example"_s;
    paymentAgent.openingHours = u"пн–пт 9:00–19:00, сб 9:00–14:00"_s;
    paymentAgent.website = QUrl(u"https://ensk-rc.example"_s);
    paymentAgent.inn = u"7604003215"_s;
    paymentAgent.kpp = u"760401001"_s;
    paymentAgent.bankName = u"Филиал «Центральный» Банка ВТБ (ПАО)"_s;
    paymentAgent.bic = u"044525225"_s;
    paymentAgent.settlementAccount = u"40702810638000004417"_s;
    paymentAgent.correspondentAccount = u"30101810400000000225"_s;

    Organization inspectorate;
    inspectorate.name = u"Государственная жилищная инспекция Энской области"_s;
    inspectorate.role = u"Надзорный орган"_s;
    inspectorate.address = u"г. Энск, ул. Свободы, д. 62"_s;
    inspectorate.phones = {u"+7 (4852) 00-30-30"_s};
    inspectorate.email = u"gzhi@ensk-region.example"_s;
    inspectorate.openingHours = u"пн–пт 9:00–18:00"_s;

    return {operatorFund, managingCompany, paymentAgent, inspectorate};
}

QList<NewsItem> DemoNotices::news(const QDateTime& now)
{
    const QDate today = now.toUTC().date();
    const int year = today.year();
    auto at = [&today](int daysAgo, int hour) {
        return QDateTime(today.addDays(-daysAgo), QTime(hour, 0), Qt::UTC);
    };
    return {
        NewsItem {0, at(95, 7),
                  u"Размер минимального взноса на капитальный ремонт в %1 году"_s.arg(year + 1),
                  u"С 1 января %1 года минимальный размер взноса на капитальный ремонт общего "
                  "имущества в многоквартирных домах составит новую величину, утвержденную "
                  "постановлением правительства области. Начисления за январь придут в "
                  "квитанции за февраль."_s.arg(year + 1),
                  false},
        NewsItem {0, at(67, 9), u"Итоги краткосрочного плана за %1 год"_s.arg(year - 1),
                  u"Региональный оператор завершил работы краткосрочного плана прошлого года: "
                  "отремонтированы крыши, фасады и инженерные системы. Сведения о работах по "
                  "вашему дому — в разделе «Технические характеристики МКД»."_s,
                  false},
        NewsItem {0, at(41, 10), u"Компенсация расходов на уплату взноса"_s,
                  u"Одиноко проживающие неработающие собственники старше 70 лет и некоторые "
                  "другие категории граждан могут получить компенсацию расходов на уплату "
                  "взноса на капитальный ремонт. Обращайтесь в органы социальной защиты по "
                  "месту жительства."_s,
                  false},
        NewsItem {0, at(23, 8), u"Прием граждан в праздничные дни"_s,
                  u"В праздничные дни прием граждан в офисе регионального оператора ведется по "
                  "сокращенному графику. Личный кабинет работает круглосуточно."_s,
                  false},
        NewsItem {0, at(9, 11), u"Начат ремонт электроснабжения по ул. Мира, д. 4"_s,
                  u"Подрядная организация приступила к ремонту внутридомовых инженерных систем "
                  "электроснабжения. Возможны кратковременные отключения, о которых жителей "
                  "предупредят заранее."_s,
                  false},
        NewsItem {0, at(2, 6), u"Новая форма добавления лицевого счета"_s,
                  u"Чтобы добавить лицевой счет в личный кабинет, выберите адрес из "
                  "справочника и укажите дату и сумму последнего платежа по квитанции."_s,
                  false},
    };
}
