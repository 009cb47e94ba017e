#include "briefing.h"

namespace citykb {

void forEachText(Briefing &b, const std::function<void(QString &)> &edit)
{
    for (QString *text : {&b.title, &b.subtitle, &b.scope, &b.scopeDescription, &b.kbName, &b.author, &b.subject, &b.referencesTitle})
        edit(*text);
    for (QString &keyword : b.keywords)
        edit(keyword);
    for (BriefingSection &section : b.sections) {
        edit(section.title);
        for (BriefingBlock &block : section.blocks) {
            edit(block.text.text);
            for (BriefingFact &fact : block.facts) {
                edit(fact.label);
                edit(fact.value.text);
            }
            for (BriefingText &item : block.items)
                edit(item.text);
            for (QString &column : block.table.columns)
                edit(column);
            edit(block.table.caption);
            for (QList<BriefingText> &row : block.table.rows) {
                for (BriefingText &cell : row)
                    edit(cell.text);
            }
            edit(block.chart.title);
            edit(block.chart.unit);
            for (auto &bar : block.chart.bars)
                edit(bar.first);
        }
    }
    for (BriefingReference &r : b.references) {
        edit(r.document);
        edit(r.section);
        edit(r.detail);
    }
}

} // namespace citykb
