<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="One value of a conflicting row as the owner reads it: a category by its name, yes or no, a password never." %>
<%@ attribute name="column" required="true" %>
<%@ attribute name="value" required="false" %>
<%@ attribute name="labels" required="true" type="java.util.Map" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:choose>
    <c:when test="${empty value}"><span class="muted">–</span></c:when>
    <c:when test="${column == 'password_hash'}"><span class="muted"><fmt:message key="field.hidden"/></span></c:when>
    <c:when test="${column == 'category_id' and not empty labels[value]}"><t:row-label label="${labels[value]}"/></c:when>
    <c:when test="${column == 'allows_fraction' and (value == 'true' or value == '1')}"><fmt:message key="common.yes"/></c:when>
    <c:when test="${column == 'allows_fraction'}"><fmt:message key="common.no"/></c:when>
    <c:otherwise><c:out value="${value}"/></c:otherwise>
</c:choose>
