<fmt:message key="audit.title" var="title"/>
<t:layout title="${title}" active="audit">
<div class="page-head"><h1 class="page-title"><c:out value="${title}"/></h1></div>
<div class="toolbar">
    <form method="get" action="<c:url value='/audit'/>" id="audit-filter">
        <label><fmt:message key="report.from"/> <input type="date" name="dari" value="<c:out value='${filter.from()}'/>"></label>
        <label><fmt:message key="report.to"/> <input type="date" name="sampai" value="<c:out value='${filter.to()}'/>"></label>
        <label><fmt:message key="audit.user"/>
            <select name="pengguna"><option value=""><fmt:message key="audit.any"/></option>
                <c:forEach items="${users}" var="u"><option value="<c:out value='${u}'/>" ${filter.user() == u ? 'selected' : ''}><c:out value="${u}"/></option></c:forEach>
            </select></label>
        <label><fmt:message key="audit.action"/>
            <select name="aksi"><option value=""><fmt:message key="audit.any"/></option>
                <c:forEach items="${actions}" var="a"><option value="<c:out value='${a}'/>" ${filter.action() == a ? 'selected' : ''}><t:audit-word prefix="audit.action." code="${a}"/></option></c:forEach>
            </select></label>
        <label><fmt:message key="audit.entity"/>
            <select name="data"><option value=""><fmt:message key="audit.any"/></option>
                <c:forEach items="${entities}" var="e"><option value="<c:out value='${e}'/>" ${filter.entity() == e ? 'selected' : ''}><t:audit-word prefix="table." code="${e}"/></option></c:forEach>
            </select></label>
        <button type="submit" class="btn"><fmt:message key="report.show"/></button>
    </form>
    <span class="muted" id="audit-count"><fmt:message key="audit.count"><fmt:param value="${total}"/></fmt:message></span>
</div>
<div class="table-wrap">
<table class="data" id="audit">
    <thead><tr>
        <th><fmt:message key="report.time"/></th>
        <th><fmt:message key="audit.user"/></th>
        <th><fmt:message key="audit.action"/></th>
        <th><fmt:message key="audit.entity"/></th>
        <th><fmt:message key="audit.detail"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${entries}" var="e">
        <tr>
            <td class="nowrap"><c:out value="${cermin:dateTime(e.at)}"/></td>
            <td><c:out value="${e.username}"/></td>
            <td><span class="badge"><t:audit-word prefix="audit.action." code="${e.action}"/></span></td>
            <td><t:audit-word prefix="table." code="${e.entity}"/></td>
            <td><c:out value="${e.detail}"/></td>
        </tr>
    </c:forEach>
    <c:if test="${empty entries}"><tr><td colspan="5" class="muted"><fmt:message key="common.none"/></td></tr></c:if>
    </tbody>
</table>
</div>
<c:if test="${pages > 1}">
<nav class="pager" aria-label="<fmt:message key='common.page'><fmt:param value='${page}'/><fmt:param value='${pages}'/></fmt:message>">
    <c:forEach begin="1" end="${pages > 20 ? 20 : pages}" var="n">
        <c:url value="/audit" var="pageUrl"><c:param name="dari" value="${filter.from()}"/><c:param name="sampai" value="${filter.to()}"/><c:param name="pengguna" value="${filter.user()}"/><c:param name="aksi" value="${filter.action()}"/><c:param name="data" value="${filter.entity()}"/><c:param name="hal" value="${n}"/></c:url>
        <c:choose><c:when test="${n == page}"><span class="current"><c:out value="${n}"/></span></c:when><c:otherwise><a href="<c:out value='${pageUrl}'/>"><c:out value="${n}"/></a></c:otherwise></c:choose>
    </c:forEach>
</nav>
</c:if>
</t:layout>
