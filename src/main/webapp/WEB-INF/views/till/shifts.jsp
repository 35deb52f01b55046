<fmt:message key="shift.all" var="title"/>
<t:layout title="${title}" active="laporan">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/laporan/keluar'/>"><fmt:message key="report.sales.title"/></a></div>
</div>
<%@ include file="shift-rows.jspf" %>
</t:layout>
