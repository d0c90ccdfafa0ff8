#include "TextSimilarity.h"

#include <QChar>

#include <algorithm>

namespace gd {

namespace {

// Code points go up to 0x10FFFF (21 bits): a bigram packs two of them into 42 bits, and a
// unigram carries a tag bit that no bigram has, so the two kinds never compare equal.
constexpr int kCodePointBits = 21;
constexpr quint64 kUnigramTag = quint64(1) << 63;

bool keeps(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing: return true;
    default: return false;
    }
}

// The normalised text as code points. Walking code points rather than UTF-16 units keeps the
// rare ideographs outside the BMP (𠮷) one character each instead of two surrogate halves.
QList<char32_t> normalizedCodePoints(const QString &text)
{
    const QString nfkc = text.normalized(QString::NormalizationForm_KC);
    QList<char32_t> out;
    out.reserve(nfkc.size());
    const QChar *p = nfkc.constData();
    const qsizetype n = nfkc.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = p[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && p[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(p[i], p[i + 1]);
            ++i;
        }
        if (keeps(c))
            out.append(QChar::toCaseFolded(c));
    }
    return out;
}

} // namespace

QString TextSimilarity::normalize(const QString &text)
{
    const QList<char32_t> cps = normalizedCodePoints(text);
    return QString::fromUcs4(cps.constData(), cps.size());
}

TextSimilarity::Profile TextSimilarity::profile(const QString &text)
{
    const QList<char32_t> cps = normalizedCodePoints(text);
    Profile p;
    p.length = int(cps.size());
    if (cps.size() == 1) {
        p.grams.append(kUnigramTag | quint64(cps.front()));
        return p;
    }
    p.grams.reserve(cps.size() > 1 ? cps.size() - 1 : 0);
    for (qsizetype i = 0; i + 1 < cps.size(); ++i)
        p.grams.append((quint64(cps[i]) << kCodePointBits) | quint64(cps[i + 1]));
    std::sort(p.grams.begin(), p.grams.end());
    return p;
}

double TextSimilarity::similarity(const Profile &a, const Profile &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    // Merge walk over two sorted lists: each equal pair consumes one occurrence on both
    // sides, which is exactly Σ min(countA(g), countB(g)).
    qsizetype i = 0, j = 0, shared = 0;
    const qsizetype na = a.grams.size(), nb = b.grams.size();
    const quint64 *ga = a.grams.constData(), *gb = b.grams.constData();
    while (i < na && j < nb) {
        if (ga[i] < gb[j]) {
            ++i;
        } else if (gb[j] < ga[i]) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return 2.0 * double(shared) / double(na + nb);
}

double TextSimilarity::similarity(const QString &a, const QString &b)
{
    return similarity(profile(a), profile(b));
}

} // namespace gd
