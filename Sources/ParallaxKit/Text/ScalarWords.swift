/// Splits a string into words at separator scalars, giving the same pieces
/// as splitting its Characters (`split(whereSeparator:)`) without the
/// grapheme breaking and per-Character property look-ups that make the
/// latter cost about a second a megabyte.
///
/// The two splits agree whenever every separator is a Character of its own:
/// no combining mark, joiner or spacing mark right after it and no prepended
/// mark right before it. `split` checks that as it goes and answers nil
/// otherwise, so that the caller falls back to the Character split.
enum ScalarWords {
    /// `Character.isWhitespace` for a Character that starts with `s` (the
    /// property is the first scalar's), with an ASCII fast path.
    @inline(__always) static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D) }
        if s.isDashQuoteOrBullet { return false }
        return Unicode.Scalar.isWhitespaceProperty(s)
    }

    /// A scalar that never joins the scalar before or after it into one
    /// Character (grapheme cluster break Other or Control): ASCII and the
    /// common Latin, Greek, Cyrillic, punctuation and symbol blocks. Anything
    /// else is treated as possibly joining, which only costs the fast path.
    @inline(__always) static func standsAlone(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0..<0x300,  // ASCII, Latin-1, Latin Extended-A/B, IPA, spacing modifiers
             0x370..<0x400, 0x400..<0x483,  // Greek, Cyrillic letters
             0x2000..<0x200C, 0x200E..<0x20D0,  // spaces, zero width space, dashes, quotes, bullets,
                                                // ellipsis, format controls, currency
             0x2100..<0x2C00,  // letterlike, number forms, arrows, maths, boxes, shapes, dingbats
             0xFEFF:  // byte order mark (a control)
            return true
        default:
            return false
        }
    }

    /// The ranges of the non-empty pieces of `text` between separators, or
    /// nil when a separator may not be a Character of its own.
    static func split(_ text: some StringProtocol,
                      separator isSeparator: @escaping (Unicode.Scalar) -> Bool) -> [Range<String.Index>]? {
        var pieces = Pieces<Substring.UnicodeScalarView>(text, separator: isSeparator)
        var out: [Range<String.Index>] = []
        while let piece = pieces.next() { out.append(piece) }
        return pieces.failed ? nil : out
    }

    /// The pieces one at a time, for a reader that may stop early (the
    /// first date of a long text). A piece is given once the separator after
    /// it is read; if a separator may join a neighbour, `failed` is set and
    /// there are no more pieces: the caller starts again with Characters.
    /// Over a String's scalars, or over scalars already decoded (a slice of
    /// a `SourceText`, read without String indices).
    struct Pieces<Scalars: Collection>: IteratorProtocol where Scalars.Element == Unicode.Scalar {
        private let scalars: Scalars
        private let isSeparator: (Unicode.Scalar) -> Bool
        private var i: Scalars.Index
        private var previous: Unicode.Scalar? = nil
        private var previousWasSeparator = false
        private(set) var failed = false

        init(scalars: Scalars, separator: @escaping (Unicode.Scalar) -> Bool) {
            self.scalars = scalars
            isSeparator = separator
            i = scalars.startIndex
        }

        mutating func next() -> Range<Scalars.Index>? {
            guard !failed else { return nil }
            var start: Scalars.Index? = nil
            while i < scalars.endIndex {
                let s = scalars[i]
                let at = i
                i = scalars.index(after: i)
                if isSeparator(s) {
                    if let previous, !standsAlone(previous) { failed = true; return nil }
                    previous = s
                    previousWasSeparator = true
                    if let begun = start { return begun..<at }
                } else {
                    if previousWasSeparator, !standsAlone(s) { failed = true; return nil }
                    if start == nil { start = at }
                    previous = s
                    previousWasSeparator = false
                }
            }
            return start.map { $0..<scalars.endIndex }
        }
    }

    /// The pieces `Pieces` gives over decoded scalars with `isWhitespace`
    /// as separator, in one loop that calls no closure per scalar (a line may
    /// be millions of scalars long): `body` gets each piece's range in turn.
    /// False when a separator may join a neighbour, as `Pieces.failed`; the
    /// pieces already given are then not the Characters' words.
    static func forEachWhitespacePiece(of scalars: ArraySlice<Unicode.Scalar>, _ body: (Range<Int>) -> Void) -> Bool {
        var i = scalars.startIndex
        let end = scalars.endIndex
        while i < end {
            while i < end, isWhitespace(scalars[i]) {
                if i > scalars.startIndex, !standsAlone(scalars[i - 1]) { return false }
                i += 1
            }
            guard i < end else { break }
            if i > scalars.startIndex, !standsAlone(scalars[i]) { return false }  // right after a separator
            let start = i
            while i < end, !isWhitespace(scalars[i]) { i += 1 }
            body(start..<i)
        }
        return true
    }

    /// `Character.isWhitespace`, by the same first-scalar rule.
    @inline(__always) static func isWhitespace(_ c: Character) -> Bool {
        isWhitespace(c.unicodeScalars.first!)
    }

    /// Joins the white-space separated words of `text` with single spaces.
    static func folded(_ text: some StringProtocol) -> String? {
        guard let pieces = split(text, separator: isWhitespace) else { return nil }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for (n, piece) in pieces.enumerated() {
            if n > 0 { result += " " }
            result += text[piece]
        }
        return result
    }
}

extension ScalarWords.Pieces where Scalars == Substring.UnicodeScalarView {
    /// The pieces of a String (or Substring), as ranges of its indices.
    init(_ text: some StringProtocol, separator: @escaping (Unicode.Scalar) -> Bool) {
        self.init(scalars: Substring(text).unicodeScalars, separator: separator)
    }
}

/// A set of Characters to trim, with the ASCII ones in a bit mask so that
/// the common case is one test instead of a walk through the set's string.
struct TrimSet {
    private let characters: String
    private let ascii: (UInt64, UInt64)

    init(_ characters: String) {
        self.characters = characters
        var low: UInt64 = 0, high: UInt64 = 0
        for c in characters where c.utf8.count == 1 {
            let v = c.utf8.first!
            if v < 64 { low |= 1 << UInt64(v) } else { high |= 1 << UInt64(v - 64) }
        }
        ascii = (low, high)
    }

    /// Whether `c` is one of the set's Characters. A one-byte Character is
    /// an ASCII scalar on its own, which only that scalar equals.
    @inline(__always) func contains(_ c: Character) -> Bool {
        let utf8 = c.utf8
        if utf8.count == 1 {
            let v = utf8.first!
            return v < 64 ? ascii.0 & (1 << UInt64(v)) != 0 : v < 128 && ascii.1 & (1 << UInt64(v - 64)) != 0
        }
        return characters.contains(c)
    }
}

extension StringProtocol {
    /// All of it ASCII: each byte is a Character of its own, and changing
    /// case changes only its letters (the byte-level fast paths rely on it).
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }

    /// Without the leading and trailing Characters that are in `set`.
    func trimming(_ set: TrimSet) -> Substring {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return s
    }
}
