#include "app/PortalApplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kabinet-portal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KABINET_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd hh:mm:ss.zzz} %{if-category}%{category} "
                                      "%{endif}%{type}: %{message}"));

    PortalApplication portal;
    return portal.run(QCoreApplication::arguments());
}
