/// An open-addressing hash table of words, found by their UTF-8 bytes with
/// FNV-1a. Entity rules ask tens of millions of "is this word in that list"
/// questions while indexing; `Set<String>` answers each with SipHash over
/// normalised text, which is 10% of all analysis time. This table answers
/// an ASCII word 1.4–2× faster, and without making a String (a lowercased
/// copy, a joined span) first.
///
/// Only ASCII keys are stored: for ASCII text, byte equality is String
/// equality. Callers (`WordSet`, `WordMap`) send other text to the Swift
/// collection they were made from, so every answer is the one it gives.
struct WordTable: Sendable {
    /// One slot of the table: a key's hash, and where its bytes are. A probe
    /// reads one slot, and compares bytes only when hash and length agree.
    private struct Slot {
        var hash: UInt32 = 0
        var length: Int32 = -1  // -1: empty
        var start: Int32 = 0
        var key: Int32 = 0
    }

    private let slots: [Slot]
    private let mask: Int
    private let keyBytes: [UInt8]

    /// `keys` must be distinct and ASCII.
    init(_ keys: [String]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }  // at most half full: short probes
        var slots = [Slot](repeating: Slot(), count: capacity)
        var bytes: [UInt8] = []
        for (index, key) in keys.enumerated() {
            var hash = Self.basis
            for byte in key.utf8 { hash = Self.step(hash, byte) }
            var slot = Int(hash) & (capacity - 1)
            while slots[slot].length >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(hash: hash, length: Int32(key.utf8.count), start: Int32(bytes.count), key: Int32(index))
            bytes += key.utf8
        }
        self.slots = slots
        mask = capacity - 1
        keyBytes = bytes
    }

    static let basis: UInt32 = 2_166_136_261

    @inline(__always)
    static func step(_ hash: UInt32, _ byte: UInt8) -> UInt32 { (hash ^ UInt32(byte)) &* 16_777_619 }

    /// The index of the key whose bytes are `bytes` (each byte lowercased
    /// first when `lowercasing`, as `lowercased()` does to ASCII); nil if
    /// none, or if `bytes` are not all ASCII (`isASCII` is then false).
    @inline(__always)
    func index(of bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool, isASCII: inout Bool) -> Int? {
        var hash = Self.basis
        var high: UInt8 = 0
        if lowercasing {
            for byte in bytes { high |= byte; hash = Self.step(hash, Self.lower(byte)) }
        } else {
            for byte in bytes { high |= byte; hash = Self.step(hash, byte) }
        }
        guard high < 0x80 else { isASCII = false; return nil }
        isASCII = true
        let length = Int32(truncatingIfNeeded: bytes.count)
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keyBytes in
                var slot = Int(hash) & mask
                while true {
                    let entry = slots[slot]
                    if entry.length < 0 { return nil }
                    if entry.hash == hash, entry.length == length {
                        var same = true
                        var k = Int(entry.start)
                        for byte in bytes {
                            if (lowercasing ? Self.lower(byte) : byte) != keyBytes[k] { same = false; break }
                            k += 1
                        }
                        if same { return Int(entry.key) }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// The index of `word`'s key: `.some(nil)` when it has none, nil when
    /// `word` is not ASCII and the table cannot say.
    @inline(__always)
    func index<S: StringProtocol>(of word: S, lowercasing: Bool = false) -> Int?? {
        var isASCII = true
        let found = word.utf8.withContiguousStorageIfAvailable { index(of: $0, lowercasing: lowercasing, isASCII: &isASCII) }
        guard let found, isASCII else { return nil }
        return .some(found)
    }

    /// Splits `keys` into those the table can hold (ASCII) and the rest.
    /// `exact` is false when some other key could equal an ASCII word under
    /// canonical equivalence (it holds U+037E, U+1FEF or U+212A, which
    /// decompose to ";", "`" and "K"): the table is then never asked.
    static func asciiKeys<C: Collection>(_ keys: C) -> (ascii: [String], exact: Bool) where C.Element == String {
        var ascii: [String] = [], exact = true
        for key in keys {
            if key.isASCII {
                ascii.append(key)
            } else if key.unicodeScalars.contains(where: { $0.value == 0x37E || $0.value == 0x1FEF || $0.value == 0x212A }) {
                exact = false
            }
        }
        return (ascii, exact)
    }
}

/// A `Set<String>` with fast lookups of ASCII words (see `WordTable`);
/// every answer is the set's.
struct WordSet: Sendable {
    let words: Set<String>
    private let table: WordTable
    private let exact: Bool

    init(_ words: Set<String>) {
        self.words = words
        let (ascii, exact) = WordTable.asciiKeys(words)
        table = WordTable(ascii)
        self.exact = exact
    }

    @inline(__always)
    func contains(_ word: String) -> Bool {
        if exact, let found = table.index(of: word) { return found != nil }
        return words.contains(word)
    }

    @inline(__always)
    func contains(_ word: Substring) -> Bool {
        if exact, let found = table.index(of: word) { return found != nil }
        return words.contains(String(word))
    }

    /// `contains(word.lowercased())`, without making the lowercase copy for an ASCII word.
    @inline(__always)
    func containsLowercased(_ word: String) -> Bool {
        if exact, let found = table.index(of: word, lowercasing: true) { return found != nil }
        return words.contains(word.lowercased())
    }
}

/// A `[String: Value]` with fast lookups of ASCII keys (see `WordTable`);
/// every answer is the dictionary's.
struct WordMap<Value: Sendable>: Sendable {
    let dictionary: [String: Value]
    private let table: WordTable
    private let values: [Value]
    private let exact: Bool

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        let (ascii, exact) = WordTable.asciiKeys(dictionary.keys)
        table = WordTable(ascii)
        values = ascii.map { dictionary[$0]! }
        self.exact = exact
    }

    @inline(__always)
    subscript(_ word: String) -> Value? {
        if exact, let found = table.index(of: word) { return found.map { values[$0] } }
        return dictionary[word]
    }

    @inline(__always)
    subscript(_ word: Substring) -> Value? {
        if exact, let found = table.index(of: word) { return found.map { values[$0] } }
        return dictionary[String(word)]
    }
}

extension WordSet: ExpressibleByArrayLiteral {
    init(arrayLiteral words: String...) { self.init(Set(words)) }
}

extension WordSet {
    /// All words of both sets.
    func union(_ other: WordSet) -> WordSet { WordSet(words.union(other.words)) }
}
