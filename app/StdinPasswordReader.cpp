#include "StdinPasswordReader.h"

#include <QThread>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <utility>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

// Turns the terminal's echo off for the life of this object, when standard input is a terminal.
class EchoOff
{
public:
    explicit EchoOff(const QByteArray& prompt)
    {
#ifdef Q_OS_UNIX
        if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        std::fputs(prompt.constData(), stderr);
        std::fflush(stderr);
        termios silent = m_saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        // Keep ECHONL, so that the Enter key still moves the cursor to a new line.
        silent.c_lflag |= tcflag_t(ECHONL);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
#else
        Q_UNUSED(prompt);
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
#ifdef Q_OS_UNIX
    termios m_saved {};
#endif
    bool m_active = false;
};

// The first line of standard input without its line end; std::nullopt at once on end of input.
std::optional<QString> readLine(const QByteArray& prompt)
{
    const EchoOff echoOff(prompt);
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString password = QString::fromStdString(line);
    // Best effort: no copy of the password stays behind in this buffer.
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

} // namespace

StdinPasswordReader::StdinPasswordReader(QObject* parent)
    : QObject(parent)
{ }

StdinPasswordReader::~StdinPasswordReader()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool StdinPasswordReader::start(const QString& prompt)
{
    if (m_thread)
        return false;
    const QByteArray localPrompt = prompt.toLocal8Bit();
    m_thread = QThread::create([this, localPrompt] {
        std::optional<QString> password = readLine(localPrompt);
        m_ok = password.has_value();
        m_password = password.value_or(QString());
    });
    m_thread->setObjectName(u"StdinPasswordReader"_s);
    connect(m_thread, &QThread::finished, this, &StdinPasswordReader::onThreadFinished,
            Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void StdinPasswordReader::onThreadFinished()
{
    QThread* const thread = std::exchange(m_thread, nullptr);
    if (!thread)
        return;
    thread->wait();
    delete thread;
    const QString password = std::exchange(m_password, QString());
    emit finished(m_ok, password);
}
