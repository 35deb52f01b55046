<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="A time span in words: '5 menit', or with ago '5 menit lalu' ('baru saja' under a minute)." %>
<%@ attribute name="seconds" required="true" type="java.lang.Long" %>
<%@ attribute name="ago" required="false" type="java.lang.Boolean" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="cermin" uri="urn:cermin" %>
<c:set var="span" value="${cermin:elapsed(seconds)}"/>
<fmt:message key="elapsed.${span.unit()}" var="spanText"><fmt:param value="${span.amount()}"/></fmt:message>
<c:choose>
    <c:when test="${ago and seconds lt 60}"><fmt:message key="elapsed.justNow" var="spanText"/></c:when>
    <c:when test="${ago}"><fmt:message key="elapsed.ago" var="spanText"><fmt:param value="${spanText}"/></fmt:message></c:when>
</c:choose>
<c:out value="${spanText}"/>
