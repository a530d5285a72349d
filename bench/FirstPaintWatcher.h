#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

// Notices the first paint of a widget (or of any widget inside it) once it shows what it should:
// ready() is asked at each paint event until it says yes, and painted() then comes once with
// BenchClock's time of that paint event.
class FirstPaintWatcher : public QObject
{
    Q_OBJECT

public:
    FirstPaintWatcher(QWidget* root, std::function<bool()> ready, QObject* parent = nullptr);

    bool hasPainted() const { return m_paintedNs != 0; }
    qint64 paintedNs() const { return m_paintedNs; }

signals:
    void painted(qint64 nowNs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<bool()> m_ready;
    QList<QPointer<QWidget>> m_watched;
    qint64 m_paintedNs = 0;
};
