#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace citykb::ingest {

// Whether a line of extracted text has the shape of a heading without a number: at most 100
// characters and 12 words, a capital first letter, no sentence punctuation at the end (a colon
// only after at most six words, the last not one like "on" or "include" that leads into a
// list), no web or mail address, no bare month and year. Whether it is a heading also depends
// on the lines around it (sectionsplitter). Pure.
bool hasHeadingShape(QStringView line);

// "Objective 2 - Building capacity ...", "Chapter 3: Results", "Part II – Methods", "Annex B:
// Budget": a capitalised label word (or an acronym), a number, a dash or colon and a title
// shaped like a numbered heading's. Captions ("Table 1: ...", "Figure 2 – ...") are not
// headings. Pure.
struct LabelledHeading
{
    QString label; // lower-cased: "objective"
    int number = 0; // roman numerals and letters A to J counted as 1, 2, ...
};
std::optional<LabelledHeading> parseLabelledHeading(QStringView line);

// A label and a number alone on a line ("Box 1", "Chapter 3", "Annex B"). Pure.
bool isLabelOnly(QStringView line);

// Whether a line ends a sentence: with '.', '!' or '?', before closing quotes or brackets.
bool endsWithSentenceEnd(QStringView line);

} // namespace citykb::ingest
