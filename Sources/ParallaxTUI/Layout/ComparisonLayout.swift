import ParallaxKit

/// A comparison laid out for the compare view at one width.
///
/// Wide terminals get two columns: each row's sentences side by side, the
/// shorter side padded with blank lines so the next row starts level.
/// Narrow ones (under `sideBySideWidth`) stack each row: A's text over B's,
/// each line labelled with its report.
public struct ComparisonLayout: Sendable {
    public struct Line: Sendable, Hashable {
        /// Index into `comparison.rows`; nil for the blank line between rows.
        public let row: Int?
        /// The first line of its row (which carries the row's mark).
        public let isFirst: Bool
        /// Stacked: the first line of a report's text in its row (which
        /// carries the report's letter).
        public var startsSide = false
        /// A's text on this line, and B's (stacked lines hold one of them).
        public let a: TextRange?
        public let b: TextRange?
    }

    /// From this width on, the reports stand side by side.
    public static let sideBySideWidth = 100
    /// Columns of the gutter that holds a row's mark ("= ", "≈ ", "< ").
    public static let gutter = 2
    /// Stacked lines carry the report's letter after the gutter ("A ").
    public static let sideLabel = 2

    public let width: Int
    public let stacked: Bool
    /// Width of a report's text: a column, or the whole line when stacked.
    public let textWidth: Int
    /// Where B's column starts (side by side).
    public let columnB: Int
    public let lines: [Line]
    /// The first line of each row.
    public let rowStarts: [Int]

    public init(_ c: Comparison, width: Int) {
        self.width = width
        let stacked = width < Self.sideBySideWidth
        self.stacked = stacked
        let separator = 3  // " │ "
        let textWidth = max(1, stacked ? width - Self.gutter - Self.sideLabel : (width - Self.gutter - separator) / 2)
        self.textWidth = textWidth
        columnB = Self.gutter + textWidth + separator
        var lines: [Line] = []
        var starts: [Int] = []
        for (k, row) in c.rows.enumerated() {
            starts.append(lines.count)
            let (rangeA, rangeB) = Self.ranges(row, c)
            let wrapA = rangeA.map { TextWrap.wrap(c.a.source, $0, width: textWidth) } ?? []
            let wrapB = rangeB.map { TextWrap.wrap(c.b.source, $0, width: textWidth) } ?? []
            if stacked {
                for (n, r) in wrapA.enumerated() { lines.append(Line(row: k, isFirst: n == 0, startsSide: n == 0, a: r, b: nil)) }
                for (n, r) in wrapB.enumerated() {
                    lines.append(Line(row: k, isFirst: n == 0 && wrapA.isEmpty, startsSide: n == 0, a: nil, b: r))
                }
            } else {
                for n in 0..<max(1, wrapA.count, wrapB.count) {
                    lines.append(Line(row: k, isFirst: n == 0, a: n < wrapA.count ? wrapA[n] : nil, b: n < wrapB.count ? wrapB[n] : nil))
                }
            }
            lines.append(Line(row: nil, isFirst: false, a: nil, b: nil))
        }
        self.lines = lines
        rowStarts = starts
    }

    /// The source text each side shows on a row: its sentences, first to last.
    static func ranges(_ row: Comparison.Row, _ c: Comparison) -> (TextRange?, TextRange?) {
        func span(_ sentences: [AlignedSentence], _ indices: [Int]) -> TextRange {
            TextRange(sentences[indices.first!].range.start, sentences[indices.last!].range.end)
        }
        switch row {
        case .pair(let k): return (span(c.sentencesA, c.pairs[k].a), span(c.sentencesB, c.pairs[k].b))
        case .onlyA(let i): return (c.sentencesA[i].range, nil)
        case .onlyB(let j): return (nil, c.sentencesB[j].range)
        case .titles(let a, let b): return (a.isEmpty ? nil : span(c.sentencesA, a), b.isEmpty ? nil : span(c.sentencesB, b))
        }
    }
}
