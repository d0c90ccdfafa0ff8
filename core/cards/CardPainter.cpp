#include "CardPainter.h"

#include "util/Language.h"
#include "util/PrintFont.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextOption>
#include <qrencode.h>

namespace gd {

namespace {
const QColor kInk(0x22, 0x22, 0x22);
const QColor kGrey(0x70, 0x70, 0x70);
const QString kDash = QStringLiteral("—");
// The left and right edges of the text inside the card's frame.
constexpr double kLeft = 60, kRight = 990;

QFont cardFont(int pixels, bool bold = false)
{
    QFont f(printFontFamily());
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? kDash : text;
}

// One line of text, elided to the rectangle's width rather than running over the next field.
void line(QPainter &p, const QRectF &r, const QString &text, int pixels, bool bold = false, const QColor &color = kInk,
          int align = Qt::AlignLeft | Qt::AlignVCenter)
{
    const QFont f = cardFont(pixels, bold);
    p.setFont(f);
    p.setPen(color);
    p.drawText(r, align, QFontMetricsF(f).elidedText(text, Qt::ElideRight, r.width()));
}

// Wrapped text, clipped to its rectangle (the duties line, a long address).
void paragraph(QPainter &p, const QRectF &r, const QString &text, int pixels, const QColor &color = kInk)
{
    p.save();
    p.setClipRect(r);
    p.setFont(cardFont(pixels));
    p.setPen(color);
    QTextOption o(Qt::AlignLeft | Qt::AlignTop);
    o.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    p.drawText(r, text, o);
    p.restore();
}

// Someone's name and phone on one line: "张伟  13912345678".
QString person(const QString &name, const QString &phone)
{
    if (name.isEmpty())
        return kDash;
    return phone.isEmpty() ? name : QStringLiteral("%1  %2").arg(name, phone);
}

// A photo filling the 3:4 frame, cut to the middle; a drawn silhouette when there is none.
void photo(QPainter &p, const QRectF &frame, const QByteArray &bytes)
{
    QImage img = QImage::fromData(bytes);
    p.save();
    p.setPen(Qt::NoPen);
    if (img.isNull()) {
        p.setBrush(QColor(0xe6, 0xe6, 0xe6));
        p.drawRect(frame);
        p.setBrush(QColor(0xb0, 0xb0, 0xb0));
        const double w = frame.width();
        p.drawEllipse(QPointF(frame.center().x(), frame.top() + frame.height() * 0.36), w * 0.2, w * 0.2);
        QPainterPath body;
        body.addRoundedRect(
            QRectF(frame.left() + w * 0.18, frame.top() + frame.height() * 0.62, w * 0.64, frame.height() * 0.38),
            w * 0.2, w * 0.2);
        p.setClipRect(frame);
        p.drawPath(body);
    } else {
        const double aspect = frame.width() / frame.height();
        QRectF cut(0, 0, img.width(), img.height());
        if (cut.width() / cut.height() > aspect)
            cut.setWidth(cut.height() * aspect);
        else
            cut.setHeight(cut.width() / aspect);
        cut.moveCenter(QRectF(img.rect()).center());
        // A few hundred pixels are plenty for 24 mm; a camera's full size only fattens the PDF.
        img = img.copy(cut.toRect()).scaled(300, 400, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        p.drawImage(frame, img);
    }
    p.restore();
}

} // namespace

namespace cards {

static QRcode *encodeUtf8(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    QRinput *input = QRinput_new2(0, QR_ECLEVEL_M);
    if (!input)
        return nullptr;
    // Beyond ASCII the bytes are UTF-8, and the code says so (ECI 26): readers then never guess
    // another encoding. Plain ASCII, the usual link, stays without it as every reader expects.
    bool ascii = true;
    for (const char ch : bytes)
        ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
    QRcode *qr = nullptr;
    if ((ascii || QRinput_appendECIheader(input, 26) == 0) &&
        QRinput_append(input, QR_MODE_8, int(bytes.size()),
                       reinterpret_cast<const unsigned char *>(bytes.constData())) == 0)
        qr = QRcode_encodeInput(input);
    QRinput_free(input);
    return qr;
}

bool paintQr(QPainter &p, const QRectF &square, const QString &text)
{
    QRcode *qr = encodeUtf8(text);
    if (!qr)
        return false;
    const int n = qr->width;
    const double module = square.width() / (n + 8);
    // Dark modules joined into row runs, all in one path: one vector shape, no seams between modules.
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    for (int y = 0; y < n; ++y) {
        int x = 0;
        while (x < n) {
            if (!(qr->data[y * n + x] & 1)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < n && (qr->data[y * n + x] & 1))
                ++x;
            dark.addRect(QRectF(square.left() + (start + 4) * module, square.top() + (y + 4) * module,
                                (x - start) * module, module));
        }
    }
    QRcode_free(qr);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(square, Qt::white);
    p.fillPath(dark, Qt::black);
    p.restore();
    return true;
}

} // namespace cards

CardPainter::CardPainter(const CardTemplate &cardTemplate)
    : m_template(cardTemplate)
    , m_logo(QImage::fromData(cardTemplate.logo))
{}

QImage CardPainter::image(const CardContent &card, int dpi) const
{
    const QSize size(qRound(105 / 25.4 * dpi), qRound(148 / 25.4 * dpi));
    QImage img(size, QImage::Format_RGB32);
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    img.fill(Qt::white);
    QPainter p(&img);
    paint(p, QRectF(QPointF(0, 0), QSizeF(size)), card);
    return img;
}

void CardPainter::paint(QPainter &p, const QRectF &target, const CardContent &c) const
{
    p.save();
    const double scale = qMin(target.width() / kWidth, target.height() / kHeight);
    p.translate(target.center());
    p.scale(scale, scale);
    p.translate(-kWidth / 2, -kHeight / 2);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);

    const QRectF frame(25, 25, 1000, 1430);
    QPainterPath outline;
    outline.addRoundedRect(frame, 35, 35);
    p.fillPath(outline, Qt::white);
    header(p, c);
    worker(p, c);
    double top = 620;
    if (m_template.shows(QStringLiteral("office")) || m_template.shows(QStringLiteral("qr"))) {
        office(p, c, top);
        top += 265;
    }
    services(p, c, top);
    footer(p, c);
    p.setPen(QPen(QColor(m_template.accentColor), 6));
    p.setBrush(Qt::NoBrush);
    p.drawPath(outline);
    p.restore();
}

QString CardPainter::say(const char *source) const
{
    return language::translate(m_template.language, "gd::CardPainter", source);
}

void CardPainter::header(QPainter &p, const CardContent &c) const
{
    // The band takes the frame's rounded top corners by being clipped to it.
    p.save();
    QPainterPath outline;
    outline.addRoundedRect(QRectF(25, 25, 1000, 1430), 35, 35);
    p.setClipPath(outline);
    p.fillRect(QRectF(25, 25, 1000, 200), QColor(m_template.headerColor));
    p.restore();
    double left = kLeft;
    if (!m_logo.isNull()) {
        const QSizeF fit = QSizeF(m_logo.size()).scaled(QSizeF(150, 110), Qt::KeepAspectRatio);
        p.drawImage(QRectF(QPointF(kLeft, 45 + (110 - fit.height()) / 2), fit), m_logo);
        left += fit.width() + 20;
    }
    // A long office title gets a smaller type before it gets cut short.
    int size = 68;
    while (size > 40 && QFontMetricsF(cardFont(size, true)).horizontalAdvance(m_template.title) > kRight - left)
        size -= 4;
    line(p, QRectF(left, 40, kRight - left, 110), m_template.title, size, true, Qt::white,
         m_logo.isNull() ? int(Qt::AlignCenter) : int(Qt::AlignLeft | Qt::AlignVCenter));
    line(p, QRectF(kLeft, 160, kRight - kLeft, 50), QStringLiteral("%1  %2").arg(c.gridName, c.gridCode), 32, false,
         Qt::white, Qt::AlignCenter);
}

void CardPainter::worker(QPainter &p, const CardContent &c) const
{
    double x = kLeft;
    if (m_template.shows(QStringLiteral("photo"))) {
        photo(p, QRectF(kLeft, 275, 240, 320), c.workerPhoto);
        x = kLeft + 275;
    }
    const double w = kRight - x;
    const QColor accent(m_template.accentColor);
    // 三亮: the worker's role and, when a party member, the mark (亮身份).
    QString role = c.partTimeCover ? say(QT_TRANSLATE_NOOP("gd::CardPainter", "Grid worker (part-time cover)"))
                                   : say(QT_TRANSLATE_NOOP("gd::CardPainter", "Grid worker"));
    if (c.workerPartyMember)
        role += QStringLiteral(" · ") + say(QT_TRANSLATE_NOOP("gd::CardPainter", "Party member"));
    line(p, QRectF(x, 270, w, 40), role, 28, false, accent);
    line(p, QRectF(x, 310, w, 80), orDash(c.workerName), 62, true);
    line(p, QRectF(x, 390, w, 70), orDash(c.workerPhone), 54, true, accent);
    double y = 465;
    if (m_template.shows(QStringLiteral("head"))) {
        line(p, QRectF(x, y, w, 45),
             say(QT_TRANSLATE_NOOP("gd::CardPainter", "Grid head: %1")).arg(person(c.headName, c.headPhone)), 30);
        y += 48;
    }
    if (m_template.shows(QStringLiteral("police"))) {
        line(p, QRectF(x, y, w, 45),
             say(QT_TRANSLATE_NOOP("gd::CardPainter", "Community police: %1"))
                 .arg(person(c.officerName, c.officerPhone)),
             30);
        y += 48;
    }
    // The grid's promise (亮承诺): its own, else the template's.
    const QString promise = c.promise.trimmed().isEmpty() ? m_template.promise.trimmed() : c.promise.trimmed();
    if (!promise.isEmpty() && y + 40 <= 608)
        line(p, QRectF(x, y, w, 40), say(QT_TRANSLATE_NOOP("gd::CardPainter", "Promise: %1")).arg(promise), 26, true,
             accent);
    p.setPen(QPen(accent, 3));
    p.drawLine(QPointF(kLeft, 610), QPointF(kRight, 610));
}

void CardPainter::office(QPainter &p, const CardContent &c, double top) const
{
    double right = kRight;
    // The QR code is what the office gave: the image WeChat made, as is, else the link typed. An
    // account's name alone scans to nothing useful: no code then (the card check says so).
    const QRectF square(kRight - 215, top + 5, 215, 215);
    const QImage uploaded = QImage::fromData(c.communityQrImage);
    bool qr = false;
    if (m_template.shows(QStringLiteral("qr")) && !uploaded.isNull()) {
        p.save();
        p.fillRect(square, Qt::white);
        // Nearest-neighbour scaling keeps the modules square and sharp; the image keeps its shape.
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        const QSizeF fitted = QSizeF(uploaded.size()).scaled(square.size(), Qt::KeepAspectRatio);
        p.drawImage(QRectF(square.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted), uploaded);
        p.restore();
        qr = true;
    } else if (m_template.shows(QStringLiteral("qr")) && !c.communityQrUrl.trimmed().isEmpty()) {
        qr = cards::paintQr(p, square, c.communityQrUrl.trimmed());
    }
    if (qr) {
        line(p, QRectF(kRight - 245, top + 220, 245, 32), say(QT_TRANSLATE_NOOP("gd::CardPainter", "Scan to follow")),
             22, false, kGrey, Qt::AlignCenter);
        right = kRight - 235;
    }
    if (m_template.shows(QStringLiteral("office"))) {
        const double w = right - kLeft;
        line(p, QRectF(kLeft, top + 10, w, 50),
             say(QT_TRANSLATE_NOOP("gd::CardPainter", "%1 office")).arg(c.communityName), 36, true);
        paragraph(p, QRectF(kLeft, top + 70, w, 84),
                  say(QT_TRANSLATE_NOOP("gd::CardPainter", "Address: %1")).arg(orDash(c.communityAddress)), 28);
        paragraph(p, QRectF(kLeft, top + 160, w, 84),
                  say(QT_TRANSLATE_NOOP("gd::CardPainter", "WeChat account: %1")).arg(orDash(c.communityWechat)), 28);
    }
    p.setPen(QPen(QColor(m_template.accentColor), 3));
    p.drawLine(QPointF(kLeft, top + 258), QPointF(kRight, top + 258));
}

void CardPainter::services(QPainter &p, const CardContent &c, double top) const
{
    QList<QPair<QString, QString>> rows;
    const QString property = say(QT_TRANSLATE_NOOP("gd::CardPainter", "Property"));
    if (m_template.shows(QStringLiteral("property")) && !c.compounds.isEmpty()) {
        // A grid of several compounds: each compound's company on its own line.
        for (const PropertyLine &l : c.compounds)
            rows << qMakePair(
                l.compound.isEmpty() ? property
                                     : say(QT_TRANSLATE_NOOP("gd::CardPainter", "%1 property")).arg(l.compound),
                l.name.isEmpty() && c.noProperty ? orDash(m_template.noPropertyText) : person(l.name, l.phone));
    } else if (m_template.shows(QStringLiteral("property"))) {
        rows << qMakePair(property, c.noProperty && c.propertyName.isEmpty() ? orDash(m_template.noPropertyText)
                                                                             : person(c.propertyName, c.propertyPhone));
    }
    if (m_template.shows(QStringLiteral("repairs")))
        for (const QString &kind : cards::repairKinds()) {
            QString value = kDash;
            for (const RepairLine &r : c.repairs)
                if (r.kind == kind)
                    value = QStringLiteral("%1  %2").arg(r.phone, r.unitName);
            rows << qMakePair(say(QT_TRANSLATE_NOOP("gd::CardPainter", "%1 repairs"))
                                  .arg(cards::repairKindName(kind, m_template.language)),
                              value);
        }
    // The N of the 1+1+N team, two to a line, in the lines the card has room for (a line is at
    // least 38 units high: 29-unit type stays legible), after the rows that must print.
    QList<QPair<QString, QString>> teamRows;
    if (m_template.shows(QStringLiteral("team")))
        for (int i = 0; i < c.team.size(); i += 2) {
            QString value = person(c.team.at(i).name, c.team.at(i).phone);
            if (i + 1 < c.team.size())
                value += QStringLiteral("    ") + person(c.team.at(i + 1).name, c.team.at(i + 1).phone);
            teamRows << qMakePair(i == 0 ? say(QT_TRANSLATE_NOOP("gd::CardPainter", "1+1+N team")) : QString(), value);
        }
    const int fixedRows = int(rows.size()) + (m_template.shows(QStringLiteral("hotline")) ? 1 : 0) +
                          (m_template.shows(QStringLiteral("supervision")) ? 1 : 0);
    const int room = int((1290 - (top + 50)) / 38) - fixedRows;
    rows << teamRows.mid(0, qMax(0, room));
    if (m_template.shows(QStringLiteral("hotline")))
        rows << qMakePair(say(QT_TRANSLATE_NOOP("gd::CardPainter", "Citizen hotline")),
                          say(QT_TRANSLATE_NOOP("gd::CardPainter", "%1 (24 hours)")).arg(c.hotline));
    if (m_template.shows(QStringLiteral("supervision")))
        rows << qMakePair(say(QT_TRANSLATE_NOOP("gd::CardPainter", "Supervision")), orDash(c.supervisionPhone));
    if (rows.isEmpty())
        return;
    const QColor accent(m_template.accentColor);
    line(p, QRectF(kLeft, top, kRight - kLeft, 45), say(QT_TRANSLATE_NOOP("gd::CardPainter", "Service numbers")), 30,
         true, accent);
    double y = top + 50;
    // Nine rows fit with the office block; without it there is more room, never less.
    const double step = qMin(48.0, (1290 - y) / rows.size());
    for (const auto &[label, value] : rows) {
        line(p, QRectF(kLeft, y, 250, step), label, 28, false, kGrey);
        // Plain weight: at a card's size a column of bold Chinese runs together.
        line(p, QRectF(kLeft + 250, y, kRight - kLeft - 250, step), value, 29);
        y += step;
    }
}

void CardPainter::footer(QPainter &p, const CardContent &c) const
{
    if (m_template.shows(QStringLiteral("duties")) && !m_template.duties.trimmed().isEmpty())
        paragraph(p, QRectF(kLeft, 1300, kRight - kLeft, 76),
                  say(QT_TRANSLATE_NOOP("gd::CardPainter", "Duties: %1")).arg(m_template.duties), 25);
    if (m_template.shows(QStringLiteral("date")))
        line(p, QRectF(kLeft, 1385, kRight - kLeft, 45),
             say(QT_TRANSLATE_NOOP("gd::CardPainter", "Printed %1"))
                 .arg(c.printedOn.toString(QStringLiteral("yyyy-MM-dd"))),
             24, false, kGrey, Qt::AlignRight | Qt::AlignVCenter);
    line(p, QRectF(kLeft, 1385, 600, 45), c.streetName + QStringLiteral(" · ") + c.communityName, 24, false, kGrey);
}

} // namespace gd
