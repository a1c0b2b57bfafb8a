/// A fixed list of lowercase phrases matched against text byte by byte.
///
/// Cue lists are checked against every line of every file; comparing UTF-8
/// bytes avoids building strings and Unicode-aware comparisons, which the
/// keys (already lowercased and folded) do not need.
struct PhraseList: Sendable {
    private let phrases: [[UInt8]]
    /// The phrases by their first byte, so that one pass over a text tries
    /// only the phrases that can start at each position.
    private let byFirstByte: [[[UInt8]]]
    /// The pairs of bytes a phrase starts with, a bit each (every pair
    /// with the first byte for a phrase of one byte): most places in a text
    /// start no phrase, and are passed over on one test.
    private let openingPairs: [UInt64]

    init(_ phrases: [String]) {
        self.phrases = phrases.map { Array($0.utf8) }
        var index = [[[UInt8]]](repeating: [], count: 256)
        for p in self.phrases where !p.isEmpty { index[Int(p[0])].append(p) }
        byFirstByte = index
        var pairs = [UInt64](repeating: 0, count: 65536 / 64)
        for p in self.phrases where !p.isEmpty {
            for second in p.count > 1 ? p[1]...p[1] : 0...255 {
                let pair = Int(p[0]) << 8 | Int(second)
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        openingPairs = pairs
    }

    /// True when one of the phrases occurs anywhere in `text`.
    func occurs(in text: String) -> Bool {
        Self.withBytes(text) { hay in
            for i in hay.indices {
                if i + 1 < hay.count {
                    let pair = Int(hay[i]) << 8 | Int(hay[i + 1])
                    guard openingPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                }
                for p in byFirstByte[Int(hay[i])] where Self.matches(p, in: hay, at: i) { return true }
            }
            return false
        }
    }

    /// True when `text` starts with one of the phrases followed by a space
    /// ("with reporting by ..." but not "with reporting byline").
    func startsWord(of text: String) -> Bool {
        Self.withBytes(text) { hay in
            phrases.contains { p in
                hay.count > p.count && hay[p.count] == 0x20 && hay.prefix(p.count).elementsEqual(p)
            }
        }
    }

    private static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = text
        return text.withUTF8(body)
    }

    private static func matches(_ pin: [UInt8], in hay: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard hay.count - start >= pin.count else { return false }
        var j = 1
        while j < pin.count, hay[start + j] == pin[j] { j += 1 }
        return j == pin.count
    }
}
