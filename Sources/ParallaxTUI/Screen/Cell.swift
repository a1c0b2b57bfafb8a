/// One terminal cell: a grapheme cluster and its style. A character two
/// columns wide fills its cell and marks the next one as a continuation.
public struct Cell: Sendable, Hashable {
    public var character: Character
    public var style: Style
    /// 1 normally, 2 for a wide character, 0 for the right half of one.
    public var width: UInt8

    public init(_ character: Character = " ", style: Style = .plain, width: UInt8 = 1) {
        self.character = character
        self.style = style
        self.width = width
    }

    public static let blank = Cell()
    static let continuation = Cell(" ", width: 0)
    public var isContinuation: Bool { width == 0 }
}
