/// A half-open range of Unicode scalar offsets into an article's source file.
///
/// Every annotation Parallax makes (paragraph, sentence, token, and later
/// entity or quote) is a `TextRange`, counted in Unicode scalars from the
/// first byte of the file as it is on disk, front matter included. Python's
/// `str` indices count the same way, which is what the scorers use.
public struct TextRange: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "TextRange start \(start) is after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
