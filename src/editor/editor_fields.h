// The forms' field editors: any value of the document edited in place, by its path.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "editor/editor.h"

namespace atlas {

// Every member of the object at `path`, each with the editor its key calls for, then "Add field" with the
// members its kind may have and it lacks.
void edit_members(EditorState& e, const JsonPath& path);
// One value: text, a number, a date checked as it is typed, a choice (kinds, outcomes, ids), true/false,
// or a list or object as a tree.
void edit_value(EditorState& e, const JsonPath& path, std::string_view key);
// A new element for the list at `path`: the shape of its last element emptied (texts and lists), a citation
// naming the first source.
JsonValue blank_like(const JsonValue& root, const JsonValue& list, const JsonPath& path);
// A short title for a list's element: its name, title or text, else its id ("events[2]" for neither).
std::string item_title(const JsonValue& item, const JsonPath& path);
// The problems of the field at `path`, in red under it.
void field_problems(EditorState& e, const JsonPath& path);

}  // namespace atlas
