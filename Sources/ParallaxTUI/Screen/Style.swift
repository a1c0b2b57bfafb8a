/// The 16 standard terminal colours. Parallax uses only these, so that the
/// terminal's own palette (light or dark) decides the actual shades.
public enum TerminalColor: Int, Sendable, Hashable, CaseIterable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite
}

/// How a cell is drawn. Meaning is always carried by an attribute (bold,
/// underline, reverse, a marker character) as well as by colour, so the
/// screen reads the same with NO_COLOR.
public struct Style: Sendable, Hashable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var reverse = false

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, bold: Bool = false,
                dim: Bool = false, italic: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = Style()

    /// This style with `other`'s attributes added and its colours on top.
    public func merged(with other: Style) -> Style {
        Style(foreground: other.foreground ?? foreground, background: other.background ?? background,
              bold: bold || other.bold, dim: dim || other.dim, italic: italic || other.italic,
              underline: underline || other.underline, reverse: reverse || other.reverse)
    }

    /// The style without colours (NO_COLOR, or a terminal without colours).
    public var withoutColor: Style {
        var s = self
        s.foreground = nil
        s.background = nil
        return s
    }
}
