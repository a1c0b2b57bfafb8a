/// Finds a full calendar date stated in text: "November 11, 2017",
/// "Nov. 11, 2017", "11 November 2017", "2017-11-11".
public enum DateFinder {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// The first full date in `text`, as YYYY-MM-DD.
    public static func firstDate(in text: String) -> String? {
        // Words are split as they are needed: a long text's date is usually near its start.
        var pieces = ScalarWords.Pieces(text, separator: { ScalarWords.isWhitespace($0) || $0 == "," })
        var read: [Range<String.Index>] = []
        func piece(_ i: Int) -> Range<String.Index>? {
            while read.count <= i, let next = pieces.next() { read.append(next) }
            return i < read.count ? read[i] : nil
        }
        // Only a word of ten scalars (an ISO date) or of three to nine ASCII letters (a month)
        // can start a date: the rest are never turned into strings.
        let found = firstDate(has: { piece($0) != nil }, word: { text[piece($0)!].trimming(trimmed) }, mayBeDate: { i in
            let scalars = text.unicodeScalars[piece(i)!]
            var start = scalars.startIndex, end = scalars.endIndex
            while start < end, isTrimmed(scalars[start]) { start = scalars.index(after: start) }
            while end > start, isTrimmed(scalars[scalars.index(before: end)]) {
                end = scalars.index(before: end)
            }
            let word = scalars[start..<end]
            let count = word.count
            if count == 10 { return true }
            guard count >= 3, count <= 9, let first = word.first, first.isUppercaseLetter, first.isASCII else { return false }
            return word.allSatisfy { $0.isASCII && $0.isLetter }
        })
        guard pieces.failed else { return found }
        // A separator joined to a mark: the words are the Characters' (see `ScalarWords`).
        let words = text.split(whereSeparator: { ScalarWords.isWhitespace($0) || $0 == "," }).map { $0.trimming(trimmed) }
        return firstDate(has: { $0 < words.count }, word: { words[$0] }, mayBeDate: { _ in true })
    }

    /// What a word is trimmed of before it is read.
    private static let trimmed = TrimSet(".()[]")
    private static func isTrimmed(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "(" || s == ")" || s == "[" || s == "]"
    }

    /// The rules of `firstDate(in:)` over the words `has` says exist
    /// (0, 1, 2, ... up to the first it says not); `mayBeDate` is false only
    /// for words that can be neither an ISO date nor a month.
    private static func firstDate(has: (Int) -> Bool, word: (Int) -> Substring,
                                  mayBeDate: (Int) -> Bool) -> String? {
        var i = 0
        while has(i) {
            defer { i += 1 }
            guard mayBeDate(i) else { continue }
            let word0 = word(i)
            if let iso = isoDate(word0) { return iso }
            guard let month = months[word0.lowercased()], word0.first?.isUppercase == true else { continue }
            // Month Day Year
            if has(i + 2), let day = Int(word(i + 1)), let year = Int(word(i + 2)) {
                if let date = format(year, month, day) { return date }
            }
            // Day Month Year
            if i >= 1, has(i + 1), let day = Int(word(i - 1)), let year = Int(word(i + 1)) {
                if let date = format(year, month, day) { return date }
            }
        }
        return nil
    }

    /// A date given as a value (front matter, a record's field): ISO 8601
    /// with or without a time ("2024-03-14", "2024-03-14T09:30:00Z",
    /// "2024-03-14 09:30"), or written out ("March 14, 2024", "14 March
    /// 2024"), as YYYY-MM-DD; nil for anything else ("11/12/2017" could be
    /// either of two days).
    public static func statedDate(_ value: String) -> String? {
        let trimmed = value.trimmingSpaces()
        if let iso = isoDate(String(trimmed.prefix(10))) {
            let rest = trimmed.dropFirst(10)
            guard let next = rest.first else { return iso }
            // A time must follow: "T09:30", " 09:30".
            if next == "T" || next == "t" || next == " ", rest.dropFirst().first?.isNumber == true { return iso }
            return nil
        }
        return firstDate(in: trimmed)
    }

    /// Accepts a YYYY-MM-DD string that names a real calendar day.
    public static func isoDate(_ word: some StringProtocol) -> String? {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return format(y, m, d)
    }

    static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1800...2200).contains(year), (1...12).contains(month) else { return nil }
        let lengths = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
                       31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...lengths[month - 1]).contains(day) else { return nil }
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
