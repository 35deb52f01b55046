<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="Previous and next links of a paged list; url ends where hal= can follow (…?q=x&)." %>
<%@ attribute name="url" required="true" %>
<%@ attribute name="page" required="true" type="java.lang.Integer" %>
<%@ attribute name="pages" required="true" type="java.lang.Integer" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<c:if test="${pages > 1}">
<nav class="pager" aria-label="Halaman">
    <c:choose><c:when test="${page > 1}"><a href="<c:out value='${url}hal=${page - 1}'/>" rel="prev"><fmt:message key="common.prev"/></a></c:when>
        <c:otherwise><span class="disabled"><fmt:message key="common.prev"/></span></c:otherwise></c:choose>
    <span class="current"><fmt:message key="common.page"><fmt:param value="${page}"/><fmt:param value="${pages}"/></fmt:message></span>
    <c:choose><c:when test="${page < pages}"><a href="<c:out value='${url}hal=${page + 1}'/>" rel="next"><fmt:message key="common.next"/></a></c:when>
        <c:otherwise><span class="disabled"><fmt:message key="common.next"/></span></c:otherwise></c:choose>
</nav>
</c:if>
