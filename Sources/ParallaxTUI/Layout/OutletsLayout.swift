import ParallaxKit

/// The outlets side by side as lines of text: a column of row labels, then
/// one column per outlet, for as many outlets as fit from `firstColumn`.
/// The outlets view draws a window of it; `parallax outlets` prints it.
///
/// Every section starts on the same line in every column, so a row reads
/// across: the outlets' top speakers, their stressed names, their credits,
/// their headlines. Shares are bars of block characters followed by the
/// figure, so they read without colour.
public struct OutletsLayout: Sendable {
    /// A piece of text at a column of a line.
    public struct Piece: Sendable, Hashable {
        public let x: Int
        public let text: String
        public let style: Style
    }

    /// What Enter on a line of an outlet's column opens.
    public enum Target: Sendable, Hashable {
        case speaker(String)
        case entity(String, EntityType)
        /// A news organisation the outlet credits: Enter shows the credit.
        case credit(String)
        /// A quotation only this outlet carries: Enter opens it.
        case quote(SpeakerIndex.QuoteRef)
        /// "only here: 20 quotes": Enter shows them all, or the first few again.
        case moreQuotes(Expansion)
    }

    /// An outlet's exclusive quotations in one event, shown in full.
    public struct Expansion: Sendable, Hashable {
        /// Index into the report's profiles.
        public let outlet: Int
        /// The event's id.
        public let event: String
        public init(outlet: Int, event: String) {
            self.outlet = outlet
            self.event = event
        }
    }

    /// A line of a column that leads somewhere: a speaker or an entity.
    public struct Link: Sendable, Hashable {
        public let line: Int
        /// Index into the report's profiles.
        public let outlet: Int
        public let target: Target
        /// Where the column is, to highlight the line.
        public let x: Int
        public let width: Int
    }

    public let lines: [[Piece]]
    public let links: [Link]
    /// The outlets shown, as a range of indices into the report's profiles.
    public let shown: Range<Int>
    public let width: Int

    static let labelWidth = 18
    static let minimumColumn = 30
    static let maximumColumn = 60
    static let barCells = 6
    /// Entries shown per outlet in the speakers, stressed and credits sections.
    static let entries = 8
    /// Exclusive quotations shown per event until Enter on "only here" shows them all.
    static let exclusiveShown = 3

    /// How many outlet columns fit in `width`.
    public static func columnsThatFit(_ width: Int) -> Int {
        max(1, (width - labelWidth) / minimumColumn)
    }

    public init(_ report: OutletReport, width: Int, firstColumn: Int = 0,
                expanded: Set<Expansion>? = nil) {
        self.width = width
        let count = report.profiles.count
        let first = max(0, min(firstColumn, max(0, count - 1)))
        let shown = first..<min(count, first + Self.columnsThatFit(width))
        self.shown = shown
        // Columns share the width, up to a width where a name and its figure still read as one row.
        let columnWidth = shown.isEmpty ? width : max(10, min(Self.maximumColumn, (width - Self.labelWidth) / shown.count))
        var builder = Builder(labelWidth: Self.labelWidth, columnWidth: columnWidth, shown: shown)
        let profiles = report.profiles

        builder.row(label: "", cells: profiles[shown].map { [($0.outlet, Theme.title)] })
        builder.rule()
        builder.row(label: "Articles", cells: profiles[shown].map { [("\($0.articles.count)", Style.plain)] })
        builder.row(label: "Words", cells: profiles[shown].map { [(Self.thousands($0.words), Style.plain)] })
        builder.row(label: report.event == nil ? "Events" : "Event",
                    cells: profiles[shown].map { [(report.event?.id ?? "\($0.events.count)", Style.plain)] })
        builder.row(label: "Quoted words", cells: profiles[shown].map { [(Self.thousands($0.quotedWords), Style.plain)] })

        builder.section("Speakers", "% of quoted", "words, quotes")
        builder.entries(profiles[shown].map { p in
            p.speakers.prefix(Self.entries).map { s in
                Builder.Entry(name: s.name, nameStyle: Theme.quote, share: s.share,
                              figure: "\(Self.percent(s.share)) \(s.quoteCount)q", target: .speaker(s.name))
            }
        }, empty: "nobody quoted")

        builder.section("Stresses", "vs the other", "outlets (z)")
        builder.entries(profiles[shown].map { p in
            p.stressed.prefix(Self.entries).map { e in
                Builder.Entry(name: e.name, nameStyle: EntityStyle.style(for: e.type), share: e.share,
                              figure: String(format: "%4.1f", e.score), target: .entity(e.name, e.type))
            }
        }, empty: count > 1 ? "nothing more than others" : "no other outlet")

        builder.section("Credits", "reporting it", "relies on")
        builder.blocks(profiles[shown].map { p in
            p.credits.isEmpty ? [Builder.Line("none", Theme.rule)]
                : p.credits.prefix(Self.entries).map { c in
                    Builder.Line("\(c.source) ×\(c.count) · \(c.cues.joined(separator: ", "))", Theme.title, .credit(c.source))
                }
        })

        builder.section(report.event == nil ? "Events" : "Headline", "and quotes no", "other carries")
        builder.blocks(zip(shown, profiles[shown]).map { outlet, p in
            p.coverage.flatMap { c -> [Builder.Line] in
                var block: [Builder.Line] = []
                if report.event == nil { block.append(Builder.Line("\(c.event) · \(c.label)", Theme.listMeta)) }
                for headline in c.headlines {
                    block += Builder.wrapped(headline, columnWidth - 1, lines: 2).map { Builder.Line($0, Theme.title) }
                }
                let count = c.exclusiveQuotes.count
                let expansion = Expansion(outlet: outlet, event: c.event)
                // The reader's view (`expanded` given) offers the rest; printed, the first few stand for them.
                let expandable = expanded != nil && count > Self.exclusiveShown
                let open = expanded?.contains(expansion) ?? false
                var only = "only here: \(count) quote\(count == 1 ? "" : "s")"
                if expandable { only += open ? " (Enter: fewer)" : " (Enter: all)" }
                block.append(Builder.Line(only, Theme.listMeta, expandable ? .moreQuotes(expansion) : nil))
                for ref in open ? c.exclusiveQuotes[...] : c.exclusiveQuotes.prefix(Self.exclusiveShown) {
                    let q = report.quotations[ref]
                    block.append(Builder.Line("\(q?.speaker ?? "?"): “\(q?.text ?? "…")”", Theme.quote, .quote(ref)))
                }
                return block + [Builder.Line("", .plain)]
            }
        })

        if report.event != nil, !report.speakerMatrix.isEmpty {
            builder.heading("Who quoted whom (quotations)")
            let most = report.speakerMatrix.flatMap(\.quotes).max() ?? 1
            for row in report.speakerMatrix {
                // A cell with quotations leads to them, as the speakers rows do.
                for k in shown where row.quotes[k] > 0 { builder.link(k - shown.lowerBound, .speaker(row.speaker)) }
                builder.row(label: row.speaker, cells: shown.map { k in
                    let n = row.quotes[k]
                    return n == 0 ? [("·", Theme.rule)] : [(Self.bar(Double(n) / Double(max(1, most))) + " \(n)", Theme.quote)]
                })
            }
        }
        lines = builder.lines
        links = builder.links
    }

    /// A bar of `barCells` cells for a share in 0...1, in eighths of a cell.
    static func bar(_ share: Double) -> String {
        let eighths = Int((max(0, min(1, share)) * Double(barCells * 8)).rounded())
        let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        let full = String(repeating: "█", count: eighths / 8) + blocks[eighths % 8]
        return full + String(repeating: " ", count: barCells - DisplayWidth.of(full))
    }

    static func percent(_ share: Double) -> String {
        let p = Int((share * 100).rounded())
        return p < 10 ? " \(p)%" : "\(p)%"
    }

    /// "12,345".
    static func thousands(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (k, d) in digits.enumerated() {
            if k > 0, (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}

/// Puts the layout's lines together, column by column.
struct Builder {
    struct Entry {
        let name: String
        let nameStyle: Style
        /// Drawn as a bar when set.
        let share: Double?
        let figure: String
        let target: OutletsLayout.Target?
    }

    let labelWidth: Int
    let columnWidth: Int
    let shown: Range<Int>
    var lines: [[OutletsLayout.Piece]] = []
    var links: [OutletsLayout.Link] = []
    /// The current section's name and notes, for the label column.
    var sectionLabels: [(String, Style)] = []

    func x(_ column: Int) -> Int { labelWidth + column * columnWidth }

    /// The label column of line `i` of the current section: its name, then its notes.
    func sectionLabel(_ i: Int) -> OutletsLayout.Piece? {
        guard i < sectionLabels.count else { return nil }
        return .init(x: 0, text: DisplayWidth.truncate(sectionLabels[i].0, to: labelWidth - 1), style: sectionLabels[i].1)
    }

    /// Makes the next line of shown column `k` lead to `target`.
    mutating func link(_ k: Int, _ target: OutletsLayout.Target) {
        links.append(.init(line: lines.count, outlet: shown.lowerBound + k, target: target, x: x(k), width: columnWidth))
    }

    /// One line: a label (or the section's name) and a few pieces in each column.
    mutating func row(label: String, cells: [[(String, Style)]]) {
        let (text, style) = sectionLabels.isEmpty ? (label, Theme.meta) : sectionLabels.removeFirst()
        var line = [OutletsLayout.Piece(x: 0, text: DisplayWidth.truncate(text, to: labelWidth - 1), style: style)]
        for (k, pieces) in cells.enumerated() {
            var at = x(k)
            for (text, style) in pieces {
                let room = x(k) + columnWidth - 1 - at
                guard room > 0 else { break }
                let t = DisplayWidth.truncate(text, to: room)
                line.append(OutletsLayout.Piece(x: at, text: t, style: style))
                at += DisplayWidth.of(t)
            }
        }
        lines.append(line)
    }

    mutating func rule() {
        lines.append([OutletsLayout.Piece(x: 0, text: String(repeating: "─", count: labelWidth + columnWidth * shown.count - 1),
                                          style: Theme.rule)])
    }

    /// A blank line, then a heading across the lines.
    mutating func heading(_ text: String) {
        lines.append([])
        lines.append([OutletsLayout.Piece(x: 0, text: text, style: Theme.paneHeading)])
    }

    /// A blank line, then the section's name and two lines of explanation in the label column.
    mutating func section(_ name: String, _ note1: String, _ note2: String) {
        lines.append([])
        sectionLabels = [(name, Theme.paneHeading), (note1, Theme.listMeta), (note2, Theme.listMeta)]
    }

    /// One entry a line in each column: name, bar, figure.
    mutating func entries(_ columns: [[Entry]], empty: String) {
        let height = max(sectionLabels.count, columns.map { max(1, $0.count) }.max() ?? 1)
        // Figures right-aligned to one width, so bars and names line up down a column.
        let figureWidth = columns.joined().map { DisplayWidth.of($0.figure) }.max() ?? 0
        for i in 0..<height {
            var line: [OutletsLayout.Piece] = []
            if let label = sectionLabel(i) { line.append(label) }
            for (k, column) in columns.enumerated() {
                if column.isEmpty {
                    if i == 0 { line.append(.init(x: x(k), text: DisplayWidth.truncate(empty, to: columnWidth - 1), style: Theme.rule)) }
                    continue
                }
                guard i < column.count else { continue }
                let e = column[i]
                let padded = String(repeating: " ", count: figureWidth - DisplayWidth.of(e.figure)) + e.figure
                let figure = (e.share.map { OutletsLayout.bar($0) + " " } ?? "") + padded
                let nameRoom = max(4, columnWidth - 2 - DisplayWidth.of(figure))
                let name = DisplayWidth.truncate(e.name, to: nameRoom)
                line.append(.init(x: x(k), text: name, style: e.nameStyle))
                line.append(.init(x: x(k) + nameRoom + 1, text: DisplayWidth.truncate(figure, to: columnWidth - nameRoom - 2),
                                  style: .plain))
                if let target = e.target { link(k, target) }
            }
            lines.append(line)
        }
        sectionLabels = []
    }

    /// A line of a free-form block: text, its style, and where Enter on it leads.
    struct Line {
        let text: String
        let style: Style
        let target: OutletsLayout.Target?
        init(_ text: String, _ style: Style, _ target: OutletsLayout.Target? = nil) {
            self.text = text
            self.style = style
            self.target = target
        }
    }

    /// Free-form lines in each column, side by side; a line with a target leads somewhere.
    mutating func blocks(_ columns: [[Line]]) {
        let height = max(sectionLabels.count, columns.map(\.count).max() ?? 0)
        for i in 0..<height {
            var line: [OutletsLayout.Piece] = []
            if let label = sectionLabel(i) { line.append(label) }
            for (k, column) in columns.enumerated() where i < column.count {
                line.append(.init(x: x(k), text: DisplayWidth.truncate(column[i].text, to: columnWidth - 1), style: column[i].style))
                if let target = column[i].target { link(k, target) }
            }
            lines.append(line)
        }
        sectionLabels = []
    }

    /// `text` wrapped at spaces to `width` columns, at most `lines` lines
    /// (the last one cut with an ellipsis).
    static func wrapped(_ text: String, _ width: Int, lines: Int) -> [String] {
        var out = TextWrap.lines(text, width: width)
        if out.count > lines {
            out = Array(out.prefix(lines))
            out[lines - 1] = DisplayWidth.truncate(out[lines - 1] + " …", to: width)
        }
        return out
    }
}
