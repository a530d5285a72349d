#include "widgets/CaptchaField.h"

#include "api/ApiClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// docs/api.md: the picture is 200×70; the frame keeps that size while it loads, so that the form
// does not jump.
constexpr QSize imageSize(200, 70);
// Five characters, with a little room for blanks typed around them.
constexpr int maxAnswerLength = 16;

} // namespace

CaptchaField::CaptchaField(ApiClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_image(new QLabel(this))
    , m_answer(new QLineEdit(this))
    , m_reload(new QPushButton(tr("Load a new code"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("captcha"));
    m_image->setObjectName(QStringLiteral("captchaImage"));
    m_image->setFixedSize(imageSize);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setWordWrap(true);
    m_image->setFrameShape(QFrame::StyledPanel);
    m_answer->setObjectName(QStringLiteral("captchaAnswer"));
    m_answer->setMaxLength(maxAnswerLength);
    m_answer->setMaximumWidth(imageSize.width());
    m_answer->setPlaceholderText(tr("Code from the picture"));
    m_reload->setObjectName(QStringLiteral("reloadCaptcha"));
    // A link on the portal; a flat button keeps it reachable from the keyboard.
    m_reload->setFlat(true);
    // The palette's link colour, so that it reads on a dark theme too.
    m_reload->setStyleSheet(
        QStringLiteral("QPushButton { color: palette(link); text-decoration: underline;"
                       " border: none; padding: 2px; }"
                       "QPushButton:disabled { color: palette(mid); }"));
    m_reload->setCursor(Qt::PointingHandCursor);
    m_message->setObjectName(QStringLiteral("fieldMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* pictureRow = new QHBoxLayout;
    pictureRow->setContentsMargins(0, 0, 0, 0);
    pictureRow->addWidget(m_image);
    pictureRow->addWidget(m_reload, 0, Qt::AlignBottom);
    pictureRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(pictureRow);
    layout->addWidget(m_answer);
    layout->addWidget(m_message);

    // The picture's row comes first on screen, so its link does in the Tab order.
    setTabOrder(m_reload, m_answer);

    connect(m_reload, &QPushButton::clicked, this, &CaptchaField::reload);
    connect(m_answer, &QLineEdit::textEdited, this, [this] { setMessage({}); });
    connect(m_answer, &QLineEdit::textChanged, this, &CaptchaField::answerChanged);
    showPlaceholder({});
}

QString CaptchaField::answer() const
{
    return m_answer->text().trimmed();
}

QString CaptchaField::message() const
{
    return m_message->text();
}

void CaptchaField::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CaptchaField::reload()
{
    if (isLoading())
        return;
    m_captchaId.clear();
    m_answer->clear();
    m_reload->setEnabled(false);
    showPlaceholder(tr("Loading…"));
    ApiReply<CaptchaChallenge>* reply = m_client.createCaptcha();
    m_request = reply;
    reply->onFinished(this, [this](const ApiReply<CaptchaChallenge>& answer) {
        m_request.clear();
        m_reload->setEnabled(true);
        QPixmap picture;
        if (!answer.isOk() || !picture.loadFromData(answer.value().imagePng, "PNG")) {
            showPlaceholder(tr("The picture could not be loaded."));
            emit loadFailed(answer.isOk() ? ApiError::make(ApiError::Kind::MalformedResponse,
                                                           QStringLiteral("captcha is not a PNG"))
                                          : answer.error());
            return;
        }
        m_captchaId = answer.value().id;
        m_image->setPixmap(picture);
        emit loaded();
    });
}

void CaptchaField::showPlaceholder(const QString& text)
{
    m_image->setPixmap({});
    m_image->setText(text);
}
