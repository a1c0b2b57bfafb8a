/// Short lines that recur across the articles of a corpus ("Breaking News",
/// "please wait"): page furniture that no single article reveals.
///
/// Only short lines that do not end like a sentence are counted, so that a
/// sentence two reports share (news agencies' copy is often reused word for
/// word) is never taken for furniture.
public struct CorpusFurniture: Sendable {
    static let maxWords = 6
    /// Longer lines (in scalars) are not counted, whatever their word count.
    static let maxLength = 80
    private var documentCounts: [String: Int] = [:]

    public init() {}

    /// Counts each short line once per document.
    mutating func add(lineKeys: Set<String>) {
        for key in lineKeys { documentCounts[key, default: 0] += 1 }
    }

    static func isCandidate(_ features: LineFeatures) -> Bool {
        features.wordCount > 0 && features.wordCount <= maxWords && !features.endsSentence
            && !features.isTranscriptTurn
    }

    /// True when the line stands in at least two documents.
    func isRepeated(_ key: String) -> Bool { documentCounts[key, default: 0] >= 2 }
}
