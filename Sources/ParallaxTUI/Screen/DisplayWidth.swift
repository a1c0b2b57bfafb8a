import ParallaxLexicon

/// How many terminal columns text takes.
///
/// Widths are per grapheme cluster (a user-perceived character): a letter
/// with combining accents is one column, a CJK ideograph or an emoji two, a
/// zero-width joiner sequence as wide as its first character. Never use
/// `String.count` for layout.
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value >= 0x20 ? 1 : 0 }
        // An emoji presentation selector makes a text-style symbol an emoji.
        if scalars.contains("\u{FE0F}"), first.properties.isEmoji { return 2 }
        return of(first)
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
    /// end when something was cut.
    public static func truncate(_ string: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if of(string) <= columns { return string }
        var out = ""
        var used = 0
        for c in string {
            let w = of(c)
            if used + w > columns - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }
}
