#include "login/CaptchaWidget.h"

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
// Five characters; a little room for blanks the user may type around them.
constexpr int maxAnswerLength = 16;

} // namespace

CaptchaWidget::CaptchaWidget(ApiClient& client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_image(new QLabel(this))
    , m_answer(new QLineEdit(this))
    , m_reload(new QPushButton(tr("Load a new code"), this))
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
    m_reload->setObjectName(QStringLiteral("reloadCaptcha"));
    // A link in the portal; a flat button keeps it keyboard-reachable.
    m_reload->setFlat(true);
    m_reload->setStyleSheet(QStringLiteral(
        "QPushButton { color: #0645ad; text-decoration: underline; border: none; padding: 2px; }"
        "QPushButton:disabled { color: #888888; }"));
    m_reload->setCursor(Qt::PointingHandCursor);

    auto* pictureRow = new QHBoxLayout;
    pictureRow->setContentsMargins(0, 0, 0, 0);
    pictureRow->addWidget(m_image);
    pictureRow->addWidget(m_reload, 0, Qt::AlignBottom);
    pictureRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pictureRow);
    layout->addWidget(m_answer);

    connect(m_reload, &QPushButton::clicked, this, &CaptchaWidget::reload);
    connect(m_answer, &QLineEdit::textChanged, this, &CaptchaWidget::answerChanged);
    showPlaceholder({});
}

QString CaptchaWidget::answer() const
{
    return m_answer->text().trimmed();
}

void CaptchaWidget::reload()
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
        if (!answer.isOk()) {
            showPlaceholder(tr("The picture could not be loaded."));
            emit loadFailed(answer.error());
            return;
        }
        QPixmap picture;
        if (!picture.loadFromData(answer.value().imagePng, "PNG")) {
            showPlaceholder(tr("The picture could not be loaded."));
            emit loadFailed(ApiError::make(ApiError::Kind::MalformedResponse,
                                           QStringLiteral("captcha image is not a PNG")));
            return;
        }
        m_captchaId = answer.value().id;
        m_image->setPixmap(picture);
        emit loaded();
    });
}

void CaptchaWidget::showPlaceholder(const QString& text)
{
    m_image->setPixmap({});
    m_image->setText(text);
}
