/// Case-insensitive search in an article's title, body and captions.
public enum TextSearch {
    /// Every match of `query` in the paragraphs of `article`, in reading
    /// order, as source ranges. Matching ignores case (per code point, so
    /// offsets stay exact) and never spans two paragraphs.
    public static func matches(of query: String, in article: Article) -> [TextRange] {
        let needle = query.unicodeScalars.map(fold)
        guard !needle.isEmpty else { return [] }
        let s = article.source.scalars
        var found: [TextRange] = []
        for paragraph in article.paragraphs {
            let r = paragraph.range
            var i = r.start
            while i + needle.count <= r.end {
                var j = 0
                while j < needle.count, fold(s[i + j]) == needle[j] { j += 1 }
                if j == needle.count {
                    found.append(TextRange(i, i + needle.count))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return found
    }

    /// A code point lowercased when its lowercase form is one code point;
    /// curly quotes and apostrophes fold to straight ones.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 {
            return scalar.isUppercaseLetter ? Unicode.Scalar(scalar.value + 32)! : scalar
        }
        switch scalar.value {
        case 0x2018, 0x2019: return "'"
        case 0x201C, 0x201D: return "\""
        default: break
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }
}
