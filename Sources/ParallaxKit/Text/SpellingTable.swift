/// Numbers the distinct spellings of words as they are met, looked up by
/// their scalars (or, for stems stored in the index, their UTF-8 bytes):
/// no `String` is made for a word seen before.
///
/// Counting every article's words for the event vectors made a String of
/// each token and looked it up in a `[String: …]` (SipHash over its bytes),
/// a third of the counting's time. Here a token is hashed with FNV-1a over
/// its units into an open addressing table and compared unit by unit; the
/// caller makes a String once per new spelling, if at all.
struct SpellingTable<Unit: SpellingUnit> {
    /// Every spelling's units, back to back; spelling `n` is
    /// `units[starts[n]..<starts[n + 1]]`.
    private var units: [Unit] = []
    private var starts: [Int] = [0]
    /// Spelling number + 1 in each slot; 0 for an empty one. At most half
    /// full, so probes stay short.
    private var slots = [Int32](repeating: 0, count: 1024)

    /// How many spellings have been numbered.
    var count: Int { starts.count - 1 }

    /// The number of the spelling `word`, and whether it is new.
    mutating func number(_ word: ArraySlice<Unit>) -> (number: Int, isNew: Bool) {
        var slot = Self.firstSlot(word, slots.count)
        while slots[slot] != 0 {
            let n = Int(slots[slot]) - 1
            if spelling(n).elementsEqual(word) { return (n, false) }
            slot = (slot + 1) & (slots.count - 1)
        }
        let n = count
        units.append(contentsOf: word)
        starts.append(units.count)
        slots[slot] = Int32(n + 1)
        if count * 2 > slots.count { grow() }
        return (n, true)
    }

    /// Spelling `n`'s units.
    func spelling(_ n: Int) -> ArraySlice<Unit> { units[starts[n]..<starts[n + 1]] }

    /// Twice the slots, every spelling placed again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for n in 0..<count {
            var slot = Self.firstSlot(spelling(n), slots.count)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(n + 1)
        }
    }

    /// Where a probe for `word` starts among `size` slots (a power of two).
    private static func firstSlot(_ word: ArraySlice<Unit>, _ size: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in word { hash = (hash ^ UInt64(s.code)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32)) & (size - 1)
    }
}

/// What a spelling is made of: scalars of a text, or bytes of UTF-8.
protocol SpellingUnit: Equatable {
    var code: UInt32 { get }
}

extension Unicode.Scalar: SpellingUnit {
    var code: UInt32 { value }
}

extension UInt8: SpellingUnit {
    var code: UInt32 { UInt32(self) }
}
