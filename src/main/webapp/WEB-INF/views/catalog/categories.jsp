<fmt:message key="category.title" var="title"/>
<t:layout title="${title}" active="kategori">
<div class="page-head"><h1 class="page-title"><c:out value="${title}"/></h1></div>
<form method="post" action="<c:url value='/kategori/simpan'/>" class="form" novalidate>
    <t:csrf/>
    <input type="hidden" name="id" value="<c:out value='${editId}'/>">
    <c:if test="${not empty errors['form']}"><div class="alert alert-error" role="alert"><fmt:message key="${errors['form']}"/></div></c:if>
    <t:field name="name" label="${empty editId ? 'category.new' : 'category.edit'}">
        <input id="f-name" name="name" value="<c:out value='${name}'/>" maxlength="100" autofocus>
    </t:field>
    <div class="actions">
        <button type="submit" class="btn btn-primary"><fmt:message key="common.save"/></button>
        <c:if test="${not empty editId}"><a class="btn" href="<c:url value='/kategori'/>"><fmt:message key="common.cancel"/></a></c:if>
    </div>
</form>
<div class="table-wrap">
<table class="data">
    <thead><tr>
        <th><fmt:message key="category.name"/></th>
        <th class="num"><fmt:message key="category.products"/></th>
        <th><fmt:message key="common.actions"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${categories}" var="cat">
        <tr>
            <td class="name"><c:out value="${cat.name}"/></td>
            <td class="num"><c:out value="${empty counts[cat.id] ? 0 : counts[cat.id]}"/></td>
            <td class="actions">
                <a class="btn btn-small" href="<c:url value='/kategori/edit'><c:param name='id' value='${cat.id}'/></c:url>"><fmt:message key="common.edit"/></a>
                <fmt:message key="common.confirmArchive" var="confirmText"><fmt:param value="${cat.name}"/></fmt:message>
                <form class="inline" method="post" action="<c:url value='/kategori/arsipkan'/>" data-confirm="<c:out value='${confirmText}'/>">
                    <t:csrf/><input type="hidden" name="id" value="<c:out value='${cat.id}'/>">
                    <button class="btn btn-small btn-danger"><fmt:message key="common.delete"/></button>
                </form>
            </td>
        </tr>
    </c:forEach>
    <c:if test="${empty categories}"><tr><td colspan="3" class="muted"><fmt:message key="common.none"/></td></tr></c:if>
    </tbody>
</table>
</div>
</t:layout>
