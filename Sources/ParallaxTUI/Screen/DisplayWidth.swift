import ParallaxLexicon

/// How many terminal columns text takes.
///
/// Widths are per grapheme cluster (a user-perceived character, Swift's
/// `Character`): a cell of the screen holds a whole cluster. A letter with
/// combining accents is as wide as the letter, a CJK ideograph two columns,
/// and so is every emoji sequence a terminal draws as one emoji: a flag (a
/// pair of regional indicators), a zero-width joiner sequence ("👨‍👩‍👧‍👦"), a
/// keycap, a skin tone, a text symbol made emoji by VS16 ("❤️"). Never use
/// `String.count` for layout.
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.index(after: scalars.startIndex) == scalars.endIndex {
            if first.value < 0x7F { return first.value >= 0x20 ? 1 : 0 }
            return of(first)
        }
        if first.properties.isEmoji, isEmojiSequence(first, scalars) { return 2 }
        // Combining marks, variation selectors and the like add nothing.
        return of(first)
    }

    /// True when the code points after `first`, an emoji, make the cluster
    /// one emoji picture: terminals that join them draw it two columns wide
    /// whatever the width of `first` alone ("1" of "1️⃣", "🇺" of "🇺🇦").
    private static func isEmojiSequence(_ first: Unicode.Scalar, _ scalars: String.UnicodeScalarView) -> Bool {
        let regionalIndicators: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF
        var afterJoiner = false
        for scalar in scalars.dropFirst() {
            switch scalar.value {
            case 0xFE0F: return true  // VS16, emoji presentation: "❤️", "1️⃣"
            case 0x200D: afterJoiner = true; continue  // ZWJ
            case regionalIndicators where regionalIndicators.contains(first.value): return true  // a flag
            case 0x1F3FB...0x1F3FF where first.properties.isEmojiModifierBase: return true  // skin tone
            default: if afterJoiner, scalar.properties.isEmoji { return true }  // "🏳‍🌈"
            }
            afterJoiner = false
        }
        return false
    }

    /// Columns taken by a single code point standing alone.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if v >= 0x1160 && v <= 0x11FF { return 0 }  // Hangul medial vowels and final consonants
        return isWide(v) ? 2 : 1
    }

    /// Columns taken by a string.
    public static func of(_ string: some StringProtocol) -> Int {
        string.reduce(0) { $0 + of($1) }
    }

    /// The generated table: pairs of first and last code points.
    private static let wideRanges = Lexicon.wideCharacterRanges

    /// True for a code point East Asian Width calls wide or fullwidth
    /// (unassigned ones are not, but for the reserved CJK blocks).
    static func isWide(_ v: UInt32) -> Bool {
        let table = wideRanges
        var low = 0, high = table.count / 2 - 1
        while low <= high {
            let mid = (low + high) / 2
            if v < table[2 * mid] { high = mid - 1 } else if v > table[2 * mid + 1] { low = mid + 1 } else { return true }
        }
        return false
    }

    /// The longest prefix of `string` that fits in `columns`, with "…" at the
    /// end when something was cut. It cuts between grapheme clusters, never
    /// inside one (a flag is kept or dropped whole).
    ///
    /// It reads no further than the columns reach: the outlets view cuts
    /// tens of thousands of lines, many of them quotations far longer than
    /// a column.
    public static func truncate(_ string: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        // No character takes more columns than it has UTF-8 bytes.
        if string.utf8.count <= columns { return string }
        var used = 0
        // Where the text is cut to leave a column for the ellipsis: before the first
        // character that would not fit in `columns - 1`.
        var cut: String.Index? = nil
        var i = string.startIndex
        while i < string.endIndex {
            let w = of(string[i])
            if cut == nil, used + w > columns - 1 { cut = i }
            used += w
            if used > columns { return String(string[..<cut!]) + "…" }
            i = string.index(after: i)
        }
        return string
    }
}
