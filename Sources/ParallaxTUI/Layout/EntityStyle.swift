import ParallaxKit

/// How each kind of entity is marked in the reading view: an attribute that
/// reads without colour (NO_COLOR) plus a colour from the 16. Only bold and
/// underline are used: italic is missing from many terminals' descriptions.
enum EntityStyle {
    static func style(for type: EntityType) -> Style {
        switch type {
        case .person: return Style(foreground: .magenta, bold: true)
        case .org: return Style(foreground: .cyan, bold: true, underline: true)
        case .place: return Style(foreground: .green, underline: true)
        }
    }

    /// Mentions of the entity the reader follows.
    static let chosen = Style(reverse: true)

    static func label(for type: EntityType) -> String {
        switch type {
        case .person: return "person"
        case .org: return "organisation"
        case .place: return "place"
        }
    }

    /// A short tag for lists: "PER", "ORG", "PLC".
    static func tag(for type: EntityType) -> String {
        switch type {
        case .person: return "PER"
        case .org: return "ORG"
        case .place: return "PLC"
        }
    }
}
