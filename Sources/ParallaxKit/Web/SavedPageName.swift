import Foundation

/// The file name `parallax add` gives a page: `<outlet>_<date>_<title>.html`,
/// each part a lower-case ASCII slug, so a corpus folder sorts by outlet,
/// then date, and reads in a plain `ls` on any file system.
public enum SavedPageName {
    /// Longest outlet slug; outlet names are short, site names sometimes carry a tagline.
    public static let outletLength = 40
    /// Longest title slug: enough to tell headlines apart, far under the 255-byte name limit.
    public static let titleLength = 80

    /// The name without extension: outlet, date and title slugs joined by
    /// `_`. A part that is missing is left out; a title with nothing
    /// ASCII can be made of is "untitled", so the name never starts or ends
    /// with a separator and is never empty.
    public static func stem(outlet: String?, date: String?, title: String?) -> String {
        var parts: [String] = []
        if let outlet, case let s = slug(outlet, maxLength: outletLength), !s.isEmpty { parts.append(s) }
        if let date, isDate(date) { parts.append(date) }
        let titleSlug = title.map { slug($0, maxLength: titleLength) } ?? ""
        parts.append(titleSlug.isEmpty ? "untitled" : titleSlug)
        return parts.joined(separator: "_")
    }

    /// The names to try in turn for `stem`: `stem.ext`, then `stem-2.ext`,
    /// `stem-3.ext`… so an existing file is never overwritten.
    public static func candidate(_ stem: String, ext: String = "html", attempt: Int) -> String {
        attempt <= 1 ? "\(stem).\(ext)" : "\(stem)-\(attempt).\(ext)"
    }

    /// `text` as lower-case ASCII letters and digits, runs of anything else
    /// made one hyphen. Other scripts are transliterated (ICU's Any-Latin,
    /// then Latin-ASCII: "Zürich" → "zurich", "Кремль" → "kreml"), and
    /// apostrophes dropped rather than hyphenated ("Putin's" → "putins").
    /// Cut to `maxLength` at a hyphen when one falls in the second half.
    public static func slug(_ text: String, maxLength: Int) -> String {
        let ascii = text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false)
            ?? text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var out = ""
        var pendingHyphen = false
        for scalar in ascii.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            case "A"..."Z":
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(Character(scalar).lowercased())
            case "'", "\u{2019}", "\u{02B9}", "\u{02BC}":
                continue
            default:
                pendingHyphen = true
            }
        }
        guard out.count > maxLength else { return out }
        let cut = out.prefix(maxLength)
        if let hyphen = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: hyphen) >= maxLength / 2 {
            return String(cut[..<hyphen])
        }
        return String(cut)
    }

    /// YYYY-MM-DD, digits only: anything else would put odd characters in the name.
    static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return false }
        return bytes.enumerated().allSatisfy { i, b in i == 4 || i == 7 ? b == UInt8(ascii: "-") : (b >= 48 && b <= 57) }
    }
}
