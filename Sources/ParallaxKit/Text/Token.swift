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
        tokens(in: text, range: range, piece: piece)
    }

    /// `tokens`, in pieces of about `piece` scalars (tests use small ones).
    static func tokens(in text: SourceText, range: TextRange, piece: Int) -> [Token] {
        let pieces = pieces(of: range, in: text, piece: piece)
        guard pieces.count > 1 else { return tokensInOnePass(in: text, range: range) }
        return ParallelMap.joined(pieces.count) { tokensInOnePass(in: text, range: pieces[$0]) }
    }

    /// Text this long (a whole article on one line) is tokenised a piece
    /// at a time on every core.
    static let piece = 1 << 20

    /// `range` cut after about every `piece` scalars, at a space: no token
    /// holds a space or reads past one (a word's apostrophe, hyphen, period
    /// or comma needs a letter or digit right after it), so the pieces'
    /// tokens joined in order are the whole range's.
    static func pieces(of range: TextRange, in text: SourceText, piece: Int) -> [TextRange] {
        guard range.length >= 2 * piece else { return [range] }
        let s = text.scalars
        var pieces: [TextRange] = []
        var start = range.start
        var cut = start + piece
        while cut < range.end {
            while cut < range.end, !s[cut].isSpace { cut += 1 }
            guard cut < range.end else { break }
            pieces.append(TextRange(start, cut))
            start = cut
            cut = start + piece
        }
        pieces.append(TextRange(start, range.end))
        return pieces
    }

    static func tokensInOnePass(in text: SourceText, range: TextRange) -> [Token] {
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
            if ch.isAlphanumeric || ch.isNonspacingMark {
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
