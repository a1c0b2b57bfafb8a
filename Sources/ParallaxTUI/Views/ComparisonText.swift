import ParallaxKit

/// `parallax compare` as plain text for a terminal or a pager: a header per
/// report, the summary, then the rows of the comparison in two columns.
/// The gutter says what a row is: `=` same, `≈` near, `~` paraphrase, `<`
/// only in A, `>` only in B; words one side lacks are in [brackets].
public enum ComparisonText {
    public static func render(_ c: Comparison, width: Int) -> String {
        let column = max(10, (width - 5) / 2)
        var out: [String] = []
        func side(_ label: String, _ article: Article) -> String {
            let m = article.metadata
            return "\(label): " + [m.outlet ?? "unknown outlet", m.date ?? "undated", article.title].joined(separator: " · ")
        }
        out.append(DisplayWidth.truncate(side("A", c.a), to: width))
        out.append(DisplayWidth.truncate(side("B", c.b), to: width))
        for line in ComparisonSummary.lines(c) { out.append(DisplayWidth.truncate(line, to: width)) }
        out.append(String(repeating: "─", count: width))
        for row in c.rows {
            let (mark, left, right) = cells(row, c)
            let l = wrap(left, column), r = wrap(right, column)
            for k in 0..<max(l.count, r.count) {
                let a = k < l.count ? l[k] : "", b = k < r.count ? r[k] : ""
                let gutter = k == 0 ? mark : " "
                let padded = a + String(repeating: " ", count: max(0, column - DisplayWidth.of(a)))
                out.append("\(gutter) \(padded) │ \(b)".trimmingTrailingSpaces())
            }
            out.append("")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The gutter mark and both sides' text of one row.
    static func cells(_ row: Comparison.Row, _ c: Comparison) -> (String, String, String) {
        switch row {
        case .pair(let k):
            let p = c.pairs[k]
            return (mark(p.kind), marked(c.a, p.a.map { c.sentencesA[$0].range }, p.diff.changedA),
                    marked(c.b, p.b.map { c.sentencesB[$0].range }, p.diff.changedB))
        case .onlyA(let i): return ("<", c.a.text(c.sentencesA[i].range), "")
        case .onlyB(let j): return (">", "", c.b.text(c.sentencesB[j].range))
        case .titles(let a, let b):
            let (rangeA, rangeB) = ComparisonLayout.ranges(row, c)
            return (b.isEmpty ? "<" : a.isEmpty ? ">" : "≠", rangeA.map { c.a.text($0) } ?? "", rangeB.map { c.b.text($0) } ?? "")
        }
    }

    public static func mark(_ kind: Comparison.Kind) -> String {
        switch kind {
        case .same: return "="
        case .near: return "≈"
        case .paraphrase: return "~"
        }
    }

    /// The sentences' text with each run of changed words in brackets.
    static func marked(_ article: Article, _ sentences: [TextRange], _ changed: [TextRange]) -> String {
        var pieces: [String] = []
        for sentence in sentences {
            var text = ""
            var at = sentence.start
            var open = false
            for r in changed where sentence.contains(r) {
                let gap = article.text(TextRange(at, r.start))
                if open, gap.contains(where: { !$0.isWhitespace }) { text += "]"; open = false }
                text += gap
                if !open { text += "["; open = true }
                text += article.text(r)
                at = r.end
            }
            if open { text += "]" }
            text += article.text(TextRange(at, sentence.end))
            pieces.append(text)
        }
        return pieces.joined(separator: " ")
    }

    static func wrap(_ string: String, _ width: Int) -> [String] { TextWrap.lines(string, width: width) }
}

/// The summary lines of a comparison, shared by the text rendering and the
/// compare view's header.
public enum ComparisonSummary {
    public static func lines(_ c: Comparison) -> [String] {
        let s = c.summary
        func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
        func list(_ names: [String]) -> String { names.isEmpty ? "none" : names.prefix(4).joined(separator: ", ") }
        let kinds = Comparison.Kind.allCases.map { kind in "\(c.pairs.filter { $0.kind == kind }.count) \(kind.rawValue)" }
        return [
            "Shared: \(percent(s.shareOfA)) of A is in B, \(percent(s.shareOfB)) of B is in A "
                + "(\(kinds.joined(separator: ", "))); quotes in common: \(c.sharedQuotes.count)",
            "Only A quotes: \(list(s.speakersOnlyA)) · only B quotes: \(list(s.speakersOnlyB))",
            "Only A names: \(list(s.entitiesOnlyA)) · only B names: \(list(s.entitiesOnlyB))",
        ]
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
