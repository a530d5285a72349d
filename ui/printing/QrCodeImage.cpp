#include "QrCodeImage.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace {

struct QrcodeDeleter
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};

} // namespace

QrCodeImage QrCodeImage::encode(const QByteArray& data, ErrorCorrection level)
{
    QrCodeImage image;
    if (data.isEmpty())
        return image; // m_error is Empty

    errno = 0;
    const std::unique_ptr<QRcode, QrcodeDeleter> code(QRcode_encodeData(
        int(data.size()), reinterpret_cast<const unsigned char*>(data.constData()),
        0, // the smallest version that holds the data
        level == ErrorCorrection::Quartile ? QR_ECLEVEL_Q : QR_ECLEVEL_M));
    if (!code) {
        image.m_error = errno == ERANGE ? Error::TooLong : Error::EncodingFailed;
        return image;
    }

    image.m_width = code->width;
    image.m_version = code->version;
    const qsizetype count = qsizetype(code->width) * code->width;
    image.m_modules.resize(count);
    // libqrencode describes each module by one byte whose lowest bit is "dark"; the other bits
    // say which part of the symbol the module belongs to.
    for (qsizetype i = 0; i < count; ++i)
        image.m_modules[i] = (code->data[i] & 1) != 0;
    image.m_error = Error::None;
    return image;
}

bool QrCodeImage::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_width)
        return false;
    return m_modules.at(qsizetype(y) * m_width + x);
}

QImage QrCodeImage::toImage(int moduleSize) const
{
    if (!isValid() || moduleSize < 1)
        return {};
    const int side = moduleCountWithQuietZone() * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    image.fill(Qt::white);
    for (int y = 0; y < m_width; ++y) {
        for (int py = 0; py < moduleSize; ++py) {
            uchar* line = image.scanLine((quietZoneModules + y) * moduleSize + py);
            for (int x = 0; x < m_width; ++x) {
                if (isDark(x, y))
                    std::memset(line + (quietZoneModules + x) * moduleSize, 0, size_t(moduleSize));
            }
        }
    }
    return image;
}

void QrCodeImage::paint(QPainter& painter, const QRectF& rect) const
{
    if (!isValid() || rect.isEmpty())
        return;
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF square(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const qreal module = side / moduleCountWithQuietZone();
    const QPointF origin = square.topLeft() + QPointF(module, module) * quietZoneModules;

    // One rectangle per horizontal run of dark modules; the winding rule fills their union.
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_width; ++y) {
        int x = 0;
        while (x < m_width) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_width && isDark(x, y))
                ++x;
            dark.addRect(QRectF(origin.x() + start * module, origin.y() + y * module,
                                (x - start) * module, module));
        }
    }

    painter.save();
    // Crisp module edges on raster devices; smoothing would only add grey a scanner has to guess.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(square, Qt::white);
    painter.fillPath(dark, Qt::black);
    painter.restore();
}

QString QrCodeImage::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate("QrCodeImage", "There is nothing to put in the code.");
    case Error::TooLong:
        return QCoreApplication::translate("QrCodeImage", "The data is too long for a QR code.");
    case Error::EncodingFailed:
        return QCoreApplication::translate("QrCodeImage", "The QR code could not be made.");
    }
    return {};
}
