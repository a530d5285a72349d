#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

// A QR code symbol made with libqrencode from bytes (8-bit mode, so UTF-8 text such as a
// PaymentQrPayload goes in unchanged), drawn black on white with the quiet zone of 4 modules the
// QR code specification requires around it.
//
// Error correction defaults to level M (about 15 % of the symbol can be restored). A receipt's
// payment code is long: with a fund's full name, a Cyrillic purpose and the payer's address it is
// some 650 bytes of UTF-8, which takes version 20 (97 modules a side) at level M but version 24
// (113 modules) at level Q. In the same printed square Q's modules are 14 % smaller, and on a
// receipt from an office laser or inkjet printer it is blur and toner spread at small module
// sizes that makes a code unreadable, which bigger modules survive better than extra redundancy
// does; level M is also what banks' apps and the common payment-code generators use. Level Q is
// there for short codes or codes printed large that are expected to get scuffed.
class QrCodeImage
{
public:
    enum class ErrorCorrection
    {
        Medium, // level M, ~15 %
        Quartile, // level Q, ~25 %
    };

    enum class Error
    {
        None,
        Empty, // no data to encode
        TooLong, // more than the largest QR code (version 40) holds at this level
        EncodingFailed, // libqrencode failed otherwise (out of memory)
    };

    static constexpr int quietZoneModules = 4;

    static QrCodeImage encode(const QByteArray& data,
                              ErrorCorrection level = ErrorCorrection::Medium);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // A translated sentence; empty when valid.
    static QString errorText(Error error);

    // The QR version 1..40 (the symbol's size class); 0 when not valid.
    int version() const { return m_version; }
    // Modules along one side of the symbol itself, and with the quiet zone on both sides.
    int moduleCount() const { return m_width; }
    int moduleCountWithQuietZone() const { return isValid() ? m_width + 2 * quietZoneModules : 0; }
    // Whether the module in column x, row y of the symbol (quiet zone not counted) is dark.
    bool isDark(int x, int y) const;

    // moduleSize pixels per module, quiet zone included; black and white only, no smoothing, so
    // the image can be scaled by whole factors or printed without grey edges. Null when not
    // valid or moduleSize < 1.
    QImage toImage(int moduleSize) const;

    // Draws the code with its quiet zone as the largest square centred in rect (the quiet zone
    // painted white, so a tinted background does not reduce the contrast). Adjacent dark modules
    // are drawn as one shape, so vector output (PDF) shows no hairline seams between them. Does
    // nothing when not valid; leaves the painter's state as it found it.
    void paint(QPainter& painter, const QRectF& rect) const;

private:
    QrCodeImage() = default;

    QList<bool> m_modules; // row by row, m_width * m_width
    int m_width = 0;
    int m_version = 0;
    Error m_error = Error::Empty;
};
