<fmt:message key="user.title" var="title"/>
<t:layout title="${title}" active="pengguna">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <c:if test="${not usersFromHub}">
    <div class="page-actions"><a class="btn btn-primary" href="<c:url value='/pengguna/baru'/>"><fmt:message key="user.new"/></a></div>
    </c:if>
</div>
<c:if test="${usersFromHub}"><p class="hint" id="users-from-hub"><fmt:message key="user.fromHub"/></p></c:if>
<div class="table-wrap">
<table class="data">
    <thead><tr>
        <th><fmt:message key="user.username"/></th>
        <th><fmt:message key="user.fullName"/></th>
        <th><fmt:message key="user.role"/></th>
        <th><fmt:message key="user.status"/></th>
        <th><fmt:message key="common.actions"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${users}" var="u">
        <tr class="${u.archived ? 'archived' : ''}">
            <td class="name"><c:out value="${u.username}"/></td>
            <td><c:out value="${u.fullName}"/></td>
            <td><span class="badge badge-role"><fmt:message key="role.${u.role}"/></span></td>
            <td><c:choose><c:when test="${u.archived}"><span class="badge badge-muted"><fmt:message key="common.archived"/></span></c:when>
                <c:otherwise><span class="badge badge-ok"><fmt:message key="user.active"/></span></c:otherwise></c:choose></td>
            <td class="actions">
                <c:choose>
                    <c:when test="${usersFromHub}"></c:when>
                    <c:when test="${u.archived}">
                        <form class="inline" method="post" action="<c:url value='/pengguna/pulihkan'/>">
                            <t:csrf/><input type="hidden" name="id" value="<c:out value='${u.id}'/>">
                            <button class="btn btn-small"><fmt:message key="common.restore"/></button>
                        </form>
                    </c:when>
                    <c:otherwise>
                        <a class="btn btn-small" href="<c:url value='/pengguna/edit'><c:param name='id' value='${u.id}'/></c:url>"><fmt:message key="common.edit"/></a>
                        <fmt:message key="common.confirmArchiveUser" var="confirmText"><fmt:param value="${u.username}"/></fmt:message>
                        <form class="inline" method="post" action="<c:url value='/pengguna/arsipkan'/>" data-confirm="<c:out value='${confirmText}'/>">
                            <t:csrf/><input type="hidden" name="id" value="<c:out value='${u.id}'/>">
                            <button class="btn btn-small btn-danger"><fmt:message key="common.archive"/></button>
                        </form>
                    </c:otherwise>
                </c:choose>
            </td>
        </tr>
    </c:forEach>
    </tbody>
</table>
</div>
</t:layout>
