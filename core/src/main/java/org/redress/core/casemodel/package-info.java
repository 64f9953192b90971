/**
 * The case model a lawyer builds from the evidence: people and organisations, dated events with who took part,
 * the citations that tie each fact to a page, a witness statement or an outside source, and claims whose elements
 * findings link to that evidence. Plain Java, no libraries. Each record checks its own invariants when it is made,
 * so an invalid one (a finding that links both an event and a citation, a person without a name) cannot exist;
 * {@link org.redress.core.casemodel.CaseModel} adds the rules that need the stores, such as a citation naming a page
 * the corpus really has.
 */
package org.redress.core.casemodel;
