/// Word shingles of a text, hashed: enough to tell whether a block of a
/// page is part of a longer text the page states elsewhere (JSON-LD's
/// `articleBody`), whatever the white space, case and punctuation.
struct TextShingles {
    private var trigrams = Set<Int>()
    private var words = Set<Int>()

    init(_ text: String) {
        let hashes = Self.wordHashes(text)
        words = Set(hashes)
        if hashes.count >= 3 {
            for i in 0...(hashes.count - 3) { trigrams.insert(Self.combine(hashes[i], hashes[i + 1], hashes[i + 2])) }
        }
    }

    /// The share of `text`'s word trigrams (its words, when it has fewer
    /// than three) found in this text.
    func coverage(of text: String) -> Double {
        let hashes = Self.wordHashes(text)
        guard !hashes.isEmpty else { return 0 }
        if hashes.count < 3 {
            return Double(hashes.filter(words.contains).count) / Double(hashes.count)
        }
        var found = 0
        for i in 0...(hashes.count - 3) where trigrams.contains(Self.combine(hashes[i], hashes[i + 1], hashes[i + 2])) {
            found += 1
        }
        return Double(found) / Double(hashes.count - 2)
    }

    /// One hash per run of letters and digits, case folded (FNV-1a).
    static func wordHashes(_ text: String) -> [Int] {
        var hashes: [Int] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.isLetter || scalar.isDigit {
                hash = (hash ^ UInt64(TextSearch.fold(scalar).value)) &* 0x100_0000_01b3
                inWord = true
            } else if inWord {
                hashes.append(Int(truncatingIfNeeded: hash))
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { hashes.append(Int(truncatingIfNeeded: hash)) }
        return hashes
    }

    static func combine(_ a: Int, _ b: Int, _ c: Int) -> Int {
        a &* 31 &+ b &* 1_000_003 &+ c &* 998_244_353
    }
}
