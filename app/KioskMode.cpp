#include "KioskMode.h"

#include "DesktopApp.h"
#include "IdleCountdownOverlay.h"
#include "IdleLogoutTimer.h"
#include "KioskGuard.h"
#include "main/MainWindow.h"
#include "printing/FileOutputPolicy.h"
#include "session/SessionManager.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

void KioskMode::prepareEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE") && virtualKeyboardInstalled())
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

bool KioskMode::virtualKeyboardInstalled()
{
    // QCoreApplication::libraryPaths() works before the application exists: Qt's plugin folder
    // and QT_PLUGIN_PATH.
    for (const QString& folder : QCoreApplication::libraryPaths()) {
        if (QFileInfo::exists(
                QDir(folder).filePath(u"platforminputcontexts/libqtvirtualkeyboardplugin.so"_s)))
            return true;
    }
    return false;
}

QString KioskMode::touchStyleSheet()
{
    // Finger-sized: about 9 mm targets at a kiosk screen's usual density.
    return u"QPushButton, QToolButton, QComboBox, QLineEdit, QAbstractSpinBox {"
           "  min-height: 48px; }"
           "QPushButton, QToolButton { padding: 4px 20px; }"
           "QCheckBox::indicator, QRadioButton::indicator { width: 32px; height: 32px; }"
           "QCheckBox, QRadioButton { min-height: 48px; spacing: 12px; }"
           "QListView::item, QTreeView::item { padding: 12px 8px; }"
           "QHeaderView::section { padding: 8px; }"
           "QTabBar::tab { min-height: 48px; padding: 0 20px; }"
           // Wide bars with a large handle and no arrow buttons to miss.
           "QScrollBar { background: #e6e6e6; border: none; }"
           "QScrollBar:vertical { width: 32px; }"
           "QScrollBar:horizontal { height: 32px; }"
           "QScrollBar::handle { background: #9e9e9e; border-radius: 8px; margin: 5px; }"
           "QScrollBar::handle:pressed { background: #757575; }"
           "QScrollBar::handle:vertical { min-height: 64px; }"
           "QScrollBar::handle:horizontal { min-width: 64px; }"
           "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }"
           "QScrollBar::add-page, QScrollBar::sub-page { background: none; }"_s;
}

KioskMode::KioskMode(const KioskSettings& settings, DesktopApp& app, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_app(app)
    , m_guard(std::make_unique<KioskGuard>(settings.exitShortcut, settings.pinHash))
    , m_idle(std::make_unique<IdleLogoutTimer>(settings.idleTimeout, settings.countdown))
{
    applyLook();
    FileOutputPolicy::setAllowsFiles(false);
    qApp->installEventFilter(this);
    connect(m_guard.get(), &KioskGuard::exitApproved, this, &KioskMode::leave);
    // An open cabinet is signed out of; a sign-in form somebody left half-filled is emptied.
    connect(&m_app, &DesktopApp::cabinetOpened, m_idle.get(), &IdleLogoutTimer::start);
    connect(&m_app, &DesktopApp::signInShown, this, [this] {
        hideCountdown();
        m_idle->start();
    });
    connect(m_idle.get(), &IdleLogoutTimer::countdownStarted, this, [this](int secondsLeft) {
        if (!m_app.mainWindow() && m_app.isSignInPristine()) {
            // Nothing to clear: wait on, with no countdown over the empty form.
            m_idle->start();
            return;
        }
        showCountdown(secondsLeft);
    });
    connect(m_idle.get(), &IdleLogoutTimer::countdownChanged, this, &KioskMode::showCountdown);
    connect(m_idle.get(), &IdleLogoutTimer::countdownCancelled, this, &KioskMode::hideCountdown);
    connect(m_idle.get(), &IdleLogoutTimer::timedOut, this, [this] {
        hideCountdown();
        if (m_app.mainWindow())
            m_app.signOut();
        else if (!m_app.resetSignIn())
            m_idle->start(); // a sign-in is under way
    });
}

KioskMode::~KioskMode()
{
    if (qApp)
        qApp->removeEventFilter(this);
    delete m_overlay.data();
}

bool KioskMode::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish) {
        if (auto* table = qobject_cast<QTableView*>(watched)) {
            const int rowHeight = std::max(48, table->fontMetrics().height() + 20);
            table->verticalHeader()->setMinimumSectionSize(rowHeight);
            table->verticalHeader()->setDefaultSectionSize(rowHeight);
        }
    }
    return QObject::eventFilter(watched, event);
}

void KioskMode::leave()
{
    m_idle->stop();
    hideCountdown();
    SessionManager* session = m_app.sessionManager();
    // As «Выход»: the server is told (DELETE /sessions/current), the cache erased. A sign-in
    // under way is waited for and signed out of in the same way.
    m_app.signOutBeforeExit();
    if (!session || !session->isBusy()) {
        QCoreApplication::exit(0);
        return;
    }
    // Quit once the server answered (or could not be reached), or after exitWait at most: an
    // unreachable server must not keep the administrator waiting.
    auto quit = std::make_shared<bool>(false);
    const auto quitOnce = [quit] {
        if (std::exchange(*quit, true))
            return;
        QCoreApplication::exit(0);
    };
    connect(session, &SessionManager::loggedOut, this, quitOnce);
    // A sign-in the server refused has no session to end.
    connect(session, &SessionManager::loginFinished, this, [quitOnce](const LoginOutcome& outcome) {
        if (outcome.status() != LoginOutcome::Status::SignedIn)
            quitOnce();
    });
    QTimer::singleShot(exitWait, this, quitOnce);
}

void KioskMode::applyLook()
{
    QFont font = QApplication::font();
    font.setPointSize(m_settings.fontPointSize);
    QApplication::setFont(font);
    qApp->setStyleSheet(touchStyleSheet());
}

void KioskMode::showCountdown(int secondsLeft)
{
    if (!m_overlay) {
        MainWindow* cabinet = m_app.mainWindow();
        QWidget* window = cabinet ? cabinet : m_app.signInContainer();
        if (!window)
            return;
        m_overlay = new IdleCountdownOverlay(cabinet != nullptr, window);
        m_overlay->show();
    }
    m_overlay->setSecondsLeft(secondsLeft);
}

void KioskMode::hideCountdown()
{
    // Later: the touch that cancelled the countdown is still on its way to the overlay.
    if (IdleCountdownOverlay* overlay = m_overlay.data()) {
        overlay->hide();
        overlay->deleteLater();
    }
    m_overlay = nullptr;
}
