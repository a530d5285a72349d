#pragma once

#include "api/AddressQuery.h"
#include "net/ApiError.h"
#include "protocol/types/Account.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <optional>

class AddressPicker;
class ApiClient;
class ApiReplyBase;
class CaptchaField;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// «Добавление лицевого счета» (figure 5 of the manual): the flat chosen from the server's address
// directory, the account's number, the date and sum of its last payment as proof of ownership,
// and a captcha. Every field is required and says why it is not accepted; a mismatch with the
// operator's records is explained without telling which part was wrong (the server does not say
// either). On success accountLinked() brings the account as the server answered it, with its
// balance, and the dialog closes; a sync afterwards brings the rest of the account into the cache.
class LinkAccountDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Field
    {
        District,
        Settlement,
        Street,
        House,
        Flat,
        Number,
        PaymentDate,
        PaymentSum,
        Captcha,
    };

    explicit LinkAccountDialog(ApiClient& client, QWidget* parent = nullptr);

    AddressPicker* picker(AddressQuery::Level level) const;
    QLineEdit* numberEdit() const { return m_number; }
    QDateEdit* paymentDateEdit() const { return m_date; }
    QLineEdit* paymentSumEdit() const { return m_sum; }
    CaptchaField* captcha() const { return m_captcha; }
    QPushButton* submitButton() const;

    // What is wrong with a field now; empty when nothing is.
    QString message(Field field) const;
    // What is wrong with the whole form (a mismatch, a conflict, the network); empty when nothing.
    QString formMessage() const;
    bool isSubmitting() const { return !m_request.isNull(); }
    std::optional<Account> linkedAccount() const { return m_linked; }

    // The date edit's value while no date is chosen.
    static QDate noDate();

public slots:
    // Checks every field and, when all are accepted, sends the form; ignored while a request runs.
    void submit();

signals:
    void accountLinked(const Account& account);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* withMessage(Field field, QWidget* input);
    void chainPickers();
    bool checkFields();
    void setMessage(Field field, const QString& text);
    void setFormMessage(const QString& text);
    void setBusy(bool busy);
    void showError(const ApiError& error);

    ApiClient& m_client;
    QHash<AddressQuery::Level, AddressPicker*> m_pickers;
    QLineEdit* m_number = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_sum = nullptr;
    CaptchaField* m_captcha = nullptr;
    QLabel* m_formMessage = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QHash<Field, QLabel*> m_messages;
    // One key for the dialog: a retry after a lost answer links nothing twice, and the server
    // remembers only successes, so a corrected form may reuse it.
    QString m_idempotencyKey;
    QPointer<ApiReplyBase> m_request;
    std::optional<Account> m_linked;
};
