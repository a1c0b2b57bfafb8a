/// A word, number or punctuation mark, with its range in the source file.
public struct Token: Hashable, Sendable {
    public enum Kind: String, Sendable { case word, number, punctuation }
    public let range: TextRange
    public let kind: Kind
}

extension Tokenizer {
    /// Number of words and numbers in `range`, counted as `tokens` would
    /// without building them.
    public static func wordCount(in text: SourceText, range: TextRange) -> Int {
        let s = text.scalars
        var count = 0
        var i = range.start
        while i < range.end {
            if s[i].isAlphanumeric {
                count += 1
                i = scanWord(s, from: i, limit: range.end).end
            } else {
                i += 1
            }
        }
        return count
    }
}

/// Splits text into tokens.
///
/// A word keeps internal apostrophes ("didn't", "Putin's"), hyphens
/// ("al-Assad", "U.S.-Russia") and the periods of dotted abbreviations
/// ("U.S.", "a.m."), so that later rules see names the way a reader does.
public enum Tokenizer {
    public static func tokens(in text: SourceText, range: TextRange) -> [Token] {
        let s = text.scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(range.length / 5)
        var i = range.start
        let end = range.end
        while i < end {
            let c = s[i]
            if c.isSpace { i += 1; continue }
            guard c.isAlphanumeric else {
                tokens.append(Token(range: TextRange(i, i + 1), kind: .punctuation))
                i += 1
                continue
            }
            let start = i
            let (wordEnd, allDigits) = scanWord(s, from: start, limit: end)
            i = wordEnd
            // Dotted abbreviation: "U.S." or "a.m." keeps its final period.
            if i < end, s[i] == ".", isDottedAbbreviation(s, start, i) { i += 1 }
            tokens.append(Token(range: TextRange(start, i), kind: allDigits ? .number : .word))
        }
        return tokens
    }

    /// The end of the word that starts at `start` (an alphanumeric), and
    /// whether it is all digits. A word keeps combining marks, and an
    /// apostrophe, hyphen or period with a letter or digit after it; a comma
    /// only inside a number ("3,000").
    @inline(__always)
    static func scanWord(_ s: [Unicode.Scalar], from start: Int, limit end: Int) -> (end: Int, allDigits: Bool) {
        var i = start
        var allDigits = true
        while i < end {
            let ch = s[i]
            if ch.isAlphanumeric || (ch.value >= 0x300 && ch.properties.generalCategory == .nonspacingMark) {
                if !ch.isDigit { allDigits = false }
                i += 1
            } else if (ch.isWordInternalApostrophe || ch.isHyphen || ch == "." || ch == ","),
                      i + 1 < end, s[i + 1].isAlphanumeric, i > start {
                if ch == ",", !(allDigits && s[i + 1].isDigit) { break }
                i += 1
            } else {
                break
            }
        }
        return (i, allDigits)
    }

    /// True for "U.S", "a.m", "D.C": single letters separated by periods.
    static func isDottedAbbreviation(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3 else { return false }
        var i = start
        while i < end {
            guard s[i].isLetter else { return false }
            if i + 1 < end {
                guard s[i + 1] == "." else { return false }
            }
            i += 2
        }
        return true
    }
}
