#include "SearchText.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <string>

namespace gd::search {

namespace {

// Folding one character through QString::normalized for every character of a million cases
// would dominate an index rebuild, so the Basic Multilingual Plane is folded once into a table.
// Most characters fold to one character; the few that expand (㈱ → (株), ß → ss) keep theirs.
struct FoldTable {
    std::array<char16_t, 0x10000> single{};
    std::array<bool, 0x10000> expands{};
    QHash<char16_t, QString> expansions;
};

QString foldOne(char32_t cp)
{
    const QString s = QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_KC).toCaseFolded();
    return s;
}

const FoldTable &table()
{
    static std::unique_ptr<FoldTable> t;
    static std::once_flag once;
    std::call_once(once, [] {
        t = std::make_unique<FoldTable>();
        for (char32_t c = 0; c < 0x10000; ++c) {
            const char16_t u = char16_t(c);
            if (QChar::isSurrogate(u)) {
                t->single[c] = u;
                continue;
            }
            // Letters, digits and CJK ideographs without a compatibility form fold to themselves:
            // a fast check before the full normalization.
            const QString f = foldOne(c);
            if (f.size() == 1) {
                t->single[c] = f.at(0).unicode();
            } else {
                t->expands[c] = true;
                t->expansions.insert(u, f);
            }
        }
    });
    return *t;
}

// One folded character as it is written in a token (UTF-8): ASCII moved to the private-use
// block, since the "ascii" tokenizer would split at ASCII punctuation and fold ASCII letters.
inline void appendTokenChar(std::string &out, char32_t c)
{
    if (c < 0x80)
        c += 0xE000;
    if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// Surrogate pairs stay together: a "character" here is a code point.
int charLength(const QString &s, int i)
{
    return (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) ? 2 : 1;
}

// Appends the folded code points of `text`.
void foldInto(const QString &text, std::u32string &out)
{
    const FoldTable &t = table();
    const qsizetype n = text.size();
    const QChar *p = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < n && p[i + 1].isLowSurrogate()) {
            for (char32_t c : foldOne(QChar::surrogateToUcs4(u, p[i + 1].unicode())).toUcs4())
                out += c;
            ++i;
        } else if (t.expands[u]) {
            for (char32_t c : t.expansions[u].toUcs4())
                out += c;
        } else {
            out += char32_t(t.single[u]);
        }
    }
}

// Starts a token: the space before it, and the notes' mark.
inline void startToken(std::string &out, Space space)
{
    if (!out.empty())
        out += ' ';
    if (space == Space::Notes)
        appendTokenChar(out, kNotesMark);
}

void appendBigrams(std::string &out, const std::u32string &cs, Space space)
{
    for (size_t i = 0; i < cs.size(); ++i) {
        startToken(out, space);
        appendTokenChar(out, cs[i]);
        appendTokenChar(out, i + 1 < cs.size() ? cs[i + 1] : char32_t(kEnd));
    }
}

QByteArray toBytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

} // namespace

QString fold(const QString &text, QList<int> *map)
{
    const FoldTable &t = table();
    QString out;
    out.reserve(text.size());
    if (map) {
        map->clear();
        map->reserve(text.size());
    }
    for (int i = 0; i < text.size();) {
        const int n = charLength(text, i);
        if (n == 2) {
            const QString f = foldOne(QChar::surrogateToUcs4(text.at(i), text.at(i + 1)));
            out += f;
            if (map)
                for (int k = 0; k < f.size(); ++k)
                    map->append(i);
        } else {
            const char16_t u = text.at(i).unicode();
            if (t.expands[u]) {
                const QString &f = t.expansions[u];
                out += f;
                if (map)
                    for (int k = 0; k < f.size(); ++k)
                        map->append(i);
            } else {
                out.append(QChar(t.single[u]));
                if (map)
                    map->append(i);
            }
        }
        i += n;
    }
    return out;
}

QString fold(const QString &text)
{
    return fold(text, nullptr);
}

QStringList terms(const QString &query)
{
    // Split after folding: a full-width space (U+3000) folds to a plain one and separates too.
    QStringList out;
    QString term;
    const QString folded = fold(query) + QLatin1Char(' ');
    for (QChar c : folded) {
        if (!c.isSpace()) {
            if (c.unicode() >= 0x20 && c.category() != QChar::Other_Control)
                term.append(c);
            continue;
        }
        if (term.size() > kMaxTermChars)
            term.truncate(term.at(kMaxTermChars - 1).isHighSurrogate() ? kMaxTermChars - 1 : kMaxTermChars);
        if (!term.isEmpty() && !out.contains(term) && out.size() < kMaxTerms)
            out << term;
        term.clear();
    }
    return out;
}

bool isPhoneTail(const QString &term)
{
    if (term.size() < kPhoneTailDigits)
        return false;
    for (QChar c : term)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

QByteArray columnTokens(const QStringList &texts, Space space)
{
    std::string out;
    std::u32string cs, all;
    for (const QString &text : texts) {
        if (text.isEmpty())
            continue;
        cs.clear();
        foldInto(text, cs);
        appendBigrams(out, cs, space);
        all += cs;
    }
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    for (char32_t c : all) {
        startToken(out, space);
        appendTokenChar(out, c);
    }
    return toBytes(out);
}

QByteArray phoneTokens(const QStringList &phones)
{
    std::string out;
    std::u32string cs;
    for (const QString &phone : phones) {
        if (phone.isEmpty())
            continue;
        cs.clear();
        foldInto(phone, cs);
        appendBigrams(out, cs, Space::Own);
    }
    return toBytes(out);
}

QString phrase(const QString &foldedTerm, bool anchoredEnd, Space space)
{
    std::u32string cs;
    for (char32_t c : foldedTerm.toUcs4())
        cs += c;
    if (anchoredEnd)
        cs += char32_t(kEnd);
    std::string out;
    if (cs.size() == 1) {
        startToken(out, space);
        appendTokenChar(out, cs[0]);
    }
    for (size_t i = 0; i + 1 < cs.size(); ++i) {
        startToken(out, space);
        appendTokenChar(out, cs[i]);
        appendTokenChar(out, cs[i + 1]);
    }
    return QLatin1Char('"') + QString::fromUtf8(out.data(), qsizetype(out.size())) + QLatin1Char('"');
}

QList<QPair<int, int>> occurrences(const QString &text, const QStringList &foldedTerms)
{
    QList<int> map;
    const QString folded = fold(text, &map);
    QList<QPair<int, int>> spans;
    for (const QString &term : foldedTerms) {
        for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
            const int start = map[at];
            const int last = map[at + term.size() - 1];
            spans << qMakePair(start, last + charLength(text, last) - start);
        }
    }
    std::sort(spans.begin(), spans.end());
    QList<QPair<int, int>> merged;
    for (const auto &s : spans) {
        if (!merged.isEmpty() && s.first <= merged.last().first + merged.last().second)
            merged.last().second = qMax(merged.last().second, s.first + s.second - merged.last().first);
        else
            merged << s;
    }
    return merged;
}

bool containsTerm(const QString &text, const QString &foldedTerm)
{
    return fold(text).contains(foldedTerm);
}

} // namespace gd::search
