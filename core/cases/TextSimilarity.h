#pragma once
// How alike two short Chinese texts are, in [0, 1], to answer "is this the same matter?" at
// intake. Chinese has no spaces to split words on and residents phrase the same matter in many
// ways ("楼道灯坏了" / "楼道的灯坏了"), so the measure is the Dice coefficient over character
// bigrams, which rewards shared two-character runs without needing a dictionary.
#include <QList>
#include <QString>
#include <QtGlobal>

namespace gd {

class TextSimilarity
{
public:
    // A text reduced once to what the comparison needs, so one probe can be compared with
    // hundreds of candidates without normalising it again.
    struct Profile {
        // The multiset of grams as a sorted list (a gram repeated in the text appears as often
        // as it occurs): intersecting two sorted lists is a single merge walk, no hashing.
        QList<quint64> grams;
        int length = 0; // characters (code points) of the normalised text
        bool isEmpty() const { return grams.isEmpty(); }
    };

    // NFKC (full-width Ａ１ become A1, compatibility ideographs fold), case-folded, keeping only
    // letters, digits and combining marks: whitespace, punctuation (ASCII and CJK: ，。、！？“”
    // 【】《》…) and symbols (emoji, ￥, ★) carry nothing about the matter.
    static QString normalize(const QString &text);

    // The gram multiset of the normalised text: its n−1 overlapping bigrams, or the single
    // character itself when the text is one character long, or nothing when it is empty.
    static Profile profile(const QString &text);

    // Dice coefficient over the gram multisets A and B:
    //   2 · |A ∩ B| / (|A| + |B|),  |A ∩ B| = Σ over grams g of min(countA(g), countB(g)).
    // Symmetric; 1 for texts equal after normalisation, 0 when they share no gram. An empty
    // text gives 0 against anything, itself included: no words are no evidence of sameness.
    // A one-character text shares no gram with a longer text (a unigram is never a bigram):
    // one character says too little to call two matters alike.
    static double similarity(const Profile &a, const Profile &b);
    static double similarity(const QString &a, const QString &b);
};

} // namespace gd
