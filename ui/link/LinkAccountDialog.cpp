#include "link/LinkAccountDialog.h"

#include "api/ApiClient.h"
#include "link/AddressPicker.h"
#include "protocol/Money.h"
#include "widgets/CaptchaField.h"
#include "widgets/FormBuddies.h"
#include "widgets/FormScrollArea.h"
#include "widgets/ThemeColors.h"
#include "widgets/WrappedTextFit.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Level = AddressQuery::Level;

namespace {

// docs/api.md: an account number is 1–20 characters.
constexpr int maxNumberLength = 20;

QString dialogStyle()
{
    return QStringLiteral("QLabel#fieldMessage { color: %1; }"
                          "QLabel#formMessage { color: %1; }"
                          "QLabel#hint { color: %2; }"
                          "QLabel#dialogTitle { font-size: 14pt; font-weight: bold; }")
        .arg(ThemeColors::css(ThemeColors::error()), ThemeColors::css(ThemeColors::hint()));
}

QLabel* newNote(const QString& text, const QString& name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

} // namespace

LinkAccountDialog::LinkAccountDialog(ApiClient& client, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_number(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_sum(new QLineEdit(this))
    , m_captcha(new CaptchaField(client, this))
    , m_formMessage(newNote({}, QStringLiteral("formMessage"), this))
    , m_buttons(new QDialogButtonBox(this))
    , m_idempotencyKey(ApiClient::newIdempotencyKey())
{
    setObjectName(QStringLiteral("linkAccountDialog"));
    setWindowTitle(tr("Add personal account"));
    setStyleSheet(dialogStyle());

    for (Level level :
         {Level::District, Level::Settlement, Level::Street, Level::House, Level::Flat}) {
        auto* picker = new AddressPicker(client, level, this);
        m_pickers.insert(level, picker);
        connect(picker, &AddressPicker::loadFailed, this,
                [this](const ApiError& error) { setFormMessage(error.userMessage()); });
    }
    m_number->setObjectName(QStringLiteral("accountNumber"));
    m_number->setMaxLength(maxNumberLength);
    m_date->setObjectName(QStringLiteral("paymentDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    // The minimum stands for "not chosen yet" and shows as a dash: a date that simply starts at
    // today would be taken for the user's answer.
    m_date->setMinimumDate(noDate());
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setSpecialValueText(QStringLiteral("—"));
    m_date->setDate(noDate());
    m_date->calendarWidget()->installEventFilter(this);
    m_sum->setObjectName(QStringLiteral("paymentSum"));
    m_sum->setPlaceholderText(QStringLiteral("123,45"));
    m_sum->setMaxLength(32);

    auto* title = newNote(tr("Adding a personal account"), QStringLiteral("dialogTitle"), this);

    auto* address = new QFormLayout;
    address->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    address->addRow(tr("City/District *"), withMessage(Field::District, picker(Level::District)));
    address->addRow(tr("Settlement *"), withMessage(Field::Settlement, picker(Level::Settlement)));
    address->addRow(tr("Street *"), withMessage(Field::Street, picker(Level::Street)));
    address->addRow(tr("House *"), withMessage(Field::House, picker(Level::House)));
    address->addRow(tr("Flat *"), withMessage(Field::Flat, picker(Level::Flat)));
    address->addRow(tr("Personal account *"), withMessage(Field::Number, m_number));

    auto* payment = new QFormLayout;
    payment->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    payment->addRow(tr("Payment date *"), withMessage(Field::PaymentDate, m_date));
    auto* sumColumn = new QWidget(this);
    auto* sumLayout = new QVBoxLayout(sumColumn);
    sumLayout->setContentsMargins(0, 0, 0, 0);
    sumLayout->setSpacing(2);
    sumLayout->addWidget(withMessage(Field::PaymentSum, m_sum));
    sumLayout->addWidget(newNote(tr("If you paid 123 roubles 45 kopecks, enter 123,45"),
                                 QStringLiteral("hint"), sumColumn));
    payment->addRow(tr("Payment sum *"), sumColumn);

    auto* captcha = new QFormLayout;
    captcha->addRow(tr("Enter the code from the picture"), m_captcha);
    m_messages.insert(Field::Captcha, nullptr);

    m_buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("submit"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LinkAccountDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The form scrolls above its buttons when the dialog is lower than the form (at 200 % on a
    // 1920×1080 screen it is); the buttons stay in sight.
    auto* form = new QWidget(this);
    auto* layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    FormBuddies::bind(address);
    FormBuddies::bind(payment);
    FormBuddies::bind(captcha);
    layout->addLayout(address);
    layout->addSpacing(6);
    layout->addWidget(
        newNote(tr("Enter the date and sum of your last payment:"), QStringLiteral("note"), this));
    layout->addLayout(payment);
    layout->addSpacing(6);
    layout->addWidget(newNote(tr("The confirmation is needed to check that you are the "
                                 "responsible payer of this personal account:"),
                              QStringLiteral("note"), this));
    layout->addLayout(captcha);
    layout->addWidget(m_formMessage);
    m_formMessage->hide();
    layout->addWidget(newNote(tr("* – required fields"), QStringLiteral("hint"), this));
    layout->addStretch();
    auto* dialogLayout = new QVBoxLayout(this);
    dialogLayout->addWidget(new FormScrollArea(form, this), 1);
    dialogLayout->addWidget(m_buttons);

    // The address lists were made after the other inputs, but come first on screen: Tab goes
    // down the form as it is read.
    QList<QWidget*> tabOrder;
    for (Level level :
         {Level::District, Level::Settlement, Level::Street, Level::House, Level::Flat}) {
        if (AddressPicker* picker = m_pickers.value(level))
            tabOrder << picker->comboBox();
    }
    tabOrder << m_number << m_date << m_sum << m_captcha->reloadButton() << m_captcha->answerEdit()
             << m_buttons;
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(m_number, &QLineEdit::textEdited, this, [this] { setMessage(Field::Number, {}); });
    connect(m_sum, &QLineEdit::textEdited, this, [this] { setMessage(Field::PaymentSum, {}); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { setMessage(Field::PaymentDate, {}); });
    chainPickers();
    picker(Level::District)->activate();
    m_captcha->reload();
    // Made narrow or low, the dialog keeps its wrapped text whole.
    WrappedTextFit::install(this);
}

QDate LinkAccountDialog::noDate()
{
    return QDate(2000, 1, 1);
}

AddressPicker* LinkAccountDialog::picker(AddressQuery::Level level) const
{
    return m_pickers.value(level);
}

QPushButton* LinkAccountDialog::submitButton() const
{
    return m_buttons->findChild<QPushButton*>(QStringLiteral("submit"));
}

QString LinkAccountDialog::message(Field field) const
{
    if (field == Field::Captcha)
        return m_captcha->message();
    const QLabel* label = m_messages.value(field);
    return label ? label->text() : QString();
}

QString LinkAccountDialog::formMessage() const
{
    return m_formMessage->text();
}

QWidget* LinkAccountDialog::withMessage(Field field, QWidget* input)
{
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    input->setParent(column);
    layout->addWidget(input);
    QLabel* message = newNote({}, QStringLiteral("fieldMessage"), column);
    message->hide();
    layout->addWidget(message);
    m_messages.insert(field, message);
    return column;
}

void LinkAccountDialog::chainPickers()
{
    const QList<std::pair<Level, Field>> chain = {{Level::District, Field::District},
                                                  {Level::Settlement, Field::Settlement},
                                                  {Level::Street, Field::Street},
                                                  {Level::House, Field::House},
                                                  {Level::Flat, Field::Flat}};
    for (qsizetype i = 0; i < chain.size(); ++i) {
        AddressPicker* current = picker(chain.at(i).first);
        const Field field = chain.at(i).second;
        AddressPicker* next = i + 1 < chain.size() ? picker(chain.at(i + 1).first) : nullptr;
        connect(current, &AddressPicker::selectionChanged, this, [this, current, next, field] {
            if (current->selectedId())
                setMessage(field, {});
            if (!next)
                return;
            // Everything below a changed level belongs to the old choice; deactivating the next
            // one cascades down the chain through its own selectionChanged().
            if (const std::optional<qint64> id = current->selectedId())
                next->activate(*id);
            else
                next->deactivate();
        });
    }
}

bool LinkAccountDialog::checkFields()
{
    const QList<std::pair<Level, Field>> addressFields = {
        {Level::District, Field::District}, {Level::Settlement, Field::Settlement},
        {Level::Street, Field::Street},     {Level::House, Field::House},
        {Level::Flat, Field::Flat},
    };
    bool ok = true;
    for (const auto& [level, field] : addressFields) {
        QString text;
        if (!picker(level)->selectedId()) {
            switch (field) {
            case Field::District:
                text = tr("Choose the city or district from the list.");
                break;
            case Field::Settlement:
                text = tr("Choose the settlement from the list.");
                break;
            case Field::Street:
                text = tr("Choose the street from the list.");
                break;
            case Field::House:
                text = tr("Choose the house from the list.");
                break;
            default:
                text = tr("Choose the flat from the list.");
                break;
            }
            ok = false;
        }
        setMessage(field, text);
    }

    const QString number = m_number->text().trimmed();
    QString numberText;
    if (number.isEmpty())
        numberText = tr("Enter the number of the personal account, as on your receipt.");
    else if (number.size() > maxNumberLength)
        numberText = tr("The number of a personal account has at most %n character(s).", nullptr,
                        maxNumberLength);
    setMessage(Field::Number, numberText);
    ok = ok && numberText.isEmpty();

    const bool dateChosen = m_date->date() != noDate();
    setMessage(Field::PaymentDate,
               dateChosen ? QString()
                          : tr("Choose the date of your last "
                               "payment."));
    ok = ok && dateChosen;

    const MoneyParseResult sum = Money::parse(m_sum->text());
    QString sumText = sum.errorText();
    if (sum.isValid() && !sum.value.isPositive())
        sumText = tr("The sum of the payment must be greater than zero.");
    setMessage(Field::PaymentSum, sumText);
    ok = ok && sumText.isEmpty();

    QString captchaText;
    if (m_captcha->captchaId().isEmpty())
        captchaText = tr("Wait for the picture to load, or load a new code.");
    else if (m_captcha->answer().isEmpty())
        captchaText = tr("Enter the code from the picture.");
    m_captcha->setMessage(captchaText);
    return ok && captchaText.isEmpty();
}

void LinkAccountDialog::setMessage(Field field, const QString& text)
{
    if (field == Field::Captcha) {
        m_captcha->setMessage(text);
        return;
    }
    QLabel* label = m_messages.value(field);
    if (!label)
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void LinkAccountDialog::setFormMessage(const QString& text)
{
    m_formMessage->setText(text);
    m_formMessage->setVisible(!text.isEmpty());
}

void LinkAccountDialog::setBusy(bool busy)
{
    for (AddressPicker* picker : std::as_const(m_pickers))
        picker->setEnabled(!busy);
    m_number->setReadOnly(busy);
    m_date->setEnabled(!busy);
    m_sum->setReadOnly(busy);
    m_captcha->setEnabled(!busy);
    submitButton()->setEnabled(!busy);
}

void LinkAccountDialog::submit()
{
    if (isSubmitting())
        return;
    setFormMessage({});
    if (!checkFields())
        return;
    AccountLinkForm form;
    form.flatId = *picker(Level::Flat)->selectedId();
    form.number = m_number->text().trimmed();
    form.lastPaymentDate = m_date->date();
    form.lastPayment = Money::parse(m_sum->text()).value;
    form.captchaId = m_captcha->captchaId();
    form.captchaAnswer = m_captcha->answer();
    setBusy(true);
    ApiReply<Account>* reply = m_client.linkAccount(form, m_idempotencyKey);
    m_request = reply;
    reply->onFinished(this, [this](const ApiReply<Account>& answer) {
        m_request.clear();
        setBusy(false);
        if (answer.isOk()) {
            m_linked = answer.value();
            emit accountLinked(answer.value());
            accept();
            return;
        }
        showError(answer.error());
        // The server has seen the answer: the challenge is spent either way.
        m_captcha->reload();
    });
}

void LinkAccountDialog::showError(const ApiError& error)
{
    using Code = ApiErrorBody::Code;
    const std::optional<Code> code = error.code;
    if (code == Code::NoMatch) {
        // One sentence for every mismatch: the server does not tell which part was wrong, so that
        // nobody can probe the records one field at a time.
        setFormMessage(tr("No personal account matches these details. Check the address, the "
                          "number of the account and the date and sum of your last payment: they "
                          "must be exactly as in the operator's records."));
    } else if (code == Code::WrongCaptcha) {
        m_captcha->setMessage(tr("The code did not match the picture. Enter the code from the new "
                                 "picture."));
    } else if (code == Code::AlreadyLinked) {
        setFormMessage(tr("This personal account is already linked to your cabinet."));
    } else if (error.kind == ApiError::Kind::RateLimited) {
        const int minutes = (error.retryAfterSeconds.value_or(3600) + 59) / 60;
        setFormMessage(
            tr("Too many unsuccessful attempts. Try again in %n minute(s).", nullptr, minutes));
    } else if (code == Code::Invalid) {
        static const QHash<QString, Field> fields = {
            {QStringLiteral("flatId"), Field::Flat},
            {QStringLiteral("number"), Field::Number},
            {QStringLiteral("lastPaymentDate"), Field::PaymentDate},
            {QStringLiteral("lastPaymentKopecks"), Field::PaymentSum},
            {QStringLiteral("captchaAnswer"), Field::Captcha},
        };
        const QString text =
            error.serverMessage.isEmpty() ? error.userMessage() : error.serverMessage;
        if (fields.contains(error.field))
            setMessage(fields.value(error.field), text);
        else
            setFormMessage(text);
    } else {
        setFormMessage(error.userMessage());
    }
}

bool LinkAccountDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The calendar opens on the month of the "no date" value otherwise, years away.
    if (event->type() == QEvent::Show && m_date->date() == noDate()) {
        const QDate today = QDate::currentDate();
        m_date->calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QDialog::eventFilter(watched, event);
}
