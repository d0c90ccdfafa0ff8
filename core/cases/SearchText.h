#pragma once
// How case texts become search tokens, and how a query becomes an FTS5 expression over them.
//
// Why not FTS5's own tokenizers: Chinese has no spaces, so "unicode61" sees a whole sentence as
// one word, and "trigram" cannot find terms of one or two characters (a name like 张三, a word
// like 漏水). Search must find exactly what a plain substring scan finds, for any length.
//
// So every text is folded (per character: NFKC, then case folding, so 全角 "３号" finds "3号")
// and indexed as
//   - its character bigrams, in order ("漏水了" → 漏水 水了 了␟; ␟ closes every text), and
//   - its distinct single characters, after the bigrams.
// A term of one character is the single-character token; a longer term is the phrase of its
// bigrams, which matches exactly where the term occurs: consecutive bigrams at consecutive
// positions spell the term, and no bigram phrase can run into the single characters (tokens
// of another length). ASCII would be split or folded by the "ascii" tokenizer, so every
// character below U+0080 is moved to the private-use block U+E000–U+E07F in tokens.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gd::search {

// The end of every indexed text; never part of a query (control characters are dropped).
constexpr char16_t kEnd = 0x1f;

// Which texts tokens are made for. A note's tokens carry a mark of their own (kNotesMark before
// every token), so a word has one posting list in the case's own texts and another in its notes:
// a pass over the own texts never reads the notes' list. 回访 is in the notes of nearly every
// case and in almost no case's own text; with one list for both, the own-text passes read the
// whole list of a million cases to find nothing (98 ms median, 342 ms p95 before this).
enum class Space { Own, Notes };
constexpr char16_t kNotesMark = 0xE080; // past the block ASCII is moved to (below)

// The folded form of a text: each character on its own through NFKC and case folding.
QString fold(const QString &text);
// The same, with map[i] = the index in `text` of the character folded[i] came from.
QString fold(const QString &text, QList<int> *map);

// A query's terms: split at white space, folded, control characters dropped, empty ones and
// repeats removed, at most kMaxTerms of them, each cut to kMaxTermChars characters.
constexpr int kMaxTerms = 8;
constexpr int kMaxTermChars = 64;
QStringList terms(const QString &query);

// Terms of only digits this long or longer are also looked up as the end of a phone number.
constexpr int kPhoneTailDigits = 4;
bool isPhoneTail(const QString &term);

// Tokens for one column: the bigrams of every text (folded here) in order, each text closed by
// kEnd, then the distinct characters of all of them in code-point order. Space separated UTF-8.
QByteArray columnTokens(const QStringList &texts, Space space = Space::Own);
// A phone column: bigrams only (a phone is found by its end, never by one digit).
QByteArray phoneTokens(const QStringList &phones);

// The FTS5 phrase (quoted) for a folded term; anchoredEnd adds kEnd (a phone's last digits).
QString phrase(const QString &foldedTerm, bool anchoredEnd = false, Space space = Space::Own);

// Where the terms occur in `text`, as (start, length) in `text`'s own indexes, sorted and
// merged; the brute-force meaning of a match, used to highlight and by the tests.
QList<QPair<int, int>> occurrences(const QString &text, const QStringList &foldedTerms);
bool containsTerm(const QString &text, const QString &foldedTerm);

} // namespace gd::search
