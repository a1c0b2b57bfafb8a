@testable import ParallaxTUI

/// A screen as text with its styles: each run of cells in one style that is
/// not plain is written `[attrs]text[/]`, attrs being b bold, d dim, i
/// italic, u underline, r reverse and the foreground colour's name
/// ("[bu cyan]Twitter[/]"). Trailing plain spaces are cut. Comparing this
/// with what a screen should be catches a lost highlight as well as a
/// wrong word.
extension ScreenBuffer {
    var styledDump: String {
        (0..<size.height).map(styledLine).joined(separator: "\n")
    }

    func styledLine(_ y: Int) -> String {
        var out = ""
        var run = ""
        var runStyle = Style.plain
        func flush() {
            guard !run.isEmpty else { return }
            out += runStyle == .plain ? run : "[\(Self.marks(runStyle))]\(run)[/]"
            run = ""
        }
        for x in 0..<size.width {
            let cell = self[x, y]
            if cell.isContinuation { continue }
            if cell.style != runStyle { flush(); runStyle = cell.style }
            run.append(cell.character)
        }
        if runStyle == .plain { run = String(run.reversed().drop { $0 == " " }.reversed()) }
        flush()
        return out
    }

    static func marks(_ style: Style) -> String {
        var attrs = ""
        if style.bold { attrs += "b" }
        if style.dim { attrs += "d" }
        if style.italic { attrs += "i" }
        if style.underline { attrs += "u" }
        if style.reverse { attrs += "r" }
        let colours = [style.foreground.map { "\($0)" }, style.background.map { "on \($0)" }].compactMap { $0 }
        return ([attrs] + colours).filter { !$0.isEmpty }.joined(separator: " ")
    }
}
