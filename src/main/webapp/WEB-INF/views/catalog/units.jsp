<fmt:message key="unit.title" var="title"/>
<t:layout title="${title}" active="satuan">
<div class="page-head"><h1 class="page-title"><c:out value="${title}"/></h1></div>
<form method="post" action="<c:url value='/satuan/simpan'/>" class="form" novalidate>
    <t:csrf/>
    <div class="field-row">
        <t:field name="code" label="unit.new">
            <input id="f-code" name="code" maxlength="16" autofocus>
        </t:field>
        <div class="field">
            <label><input type="checkbox" name="fraction" value="1"> <fmt:message key="unit.fraction"/></label>
            <div class="hint"><fmt:message key="unit.fraction.hint"/></div>
        </div>
    </div>
    <div class="actions"><button type="submit" class="btn btn-primary"><fmt:message key="common.add"/></button></div>
</form>
<div class="table-wrap">
<table class="data">
    <thead><tr>
        <th><fmt:message key="unit.code"/></th>
        <th><fmt:message key="unit.fraction"/></th>
        <th><fmt:message key="common.actions"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${units}" var="u">
        <tr class="${u.archived ? 'archived' : ''}">
            <td class="name"><c:out value="${u.code}"/></td>
            <td><fmt:message key="${u.allowsFraction ? 'common.yes' : 'common.no'}"/></td>
            <td class="actions">
                <c:if test="${not u.archived}">
                    <fmt:message key="common.confirmArchive" var="confirmText"><fmt:param value="${u.code}"/></fmt:message>
                    <form class="inline" method="post" action="<c:url value='/satuan/arsipkan'/>" data-confirm="<c:out value='${confirmText}'/>">
                        <t:csrf/><input type="hidden" name="id" value="<c:out value='${u.id}'/>">
                        <button class="btn btn-small btn-danger"><fmt:message key="common.archive"/></button>
                    </form>
                </c:if>
            </td>
        </tr>
    </c:forEach>
    </tbody>
</table>
</div>
</t:layout>
