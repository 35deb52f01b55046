<fmt:message key="ownSales.title" var="title"/>
<t:layout title="${title}" active="shift">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/kasir/shift'/>"><fmt:message key="shift.title"/></a></div>
</div>
<div class="table-wrap">
<table class="data" id="own-sales">
    <thead><tr>
        <th><fmt:message key="report.receipt"/></th>
        <th><fmt:message key="report.time"/></th>
        <th class="num"><fmt:message key="kasir.total"/></th>
        <th><fmt:message key="opname.status"/></th>
        <th><fmt:message key="common.actions"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${sales}" var="s">
        <tr class="${s.voided() ? 'archived' : ''}">
            <td class="name"><c:out value="${s.receiptNo()}"/></td>
            <td class="nowrap"><c:out value="${cermin:dateTime(s.soldAt())}"/></td>
            <td class="num money"><span class="name"><c:out value="${cermin:rupiah(s.total())}"/></span></td>
            <td><c:if test="${s.voided()}"><span class="badge badge-muted"><fmt:message key="report.voided"/></span></c:if>
                <c:if test="${s.returned()}"><span class="badge badge-warn"><fmt:message key="return.badge"/></span></c:if></td>
            <td class="actions"><a class="btn btn-small reprint" href="<c:url value='/kasir/nota'><c:param name='id' value='${s.id()}'/><c:param name='salinan' value='1'/></c:url>"><fmt:message key="receipt.reprint"/></a></td>
        </tr>
    </c:forEach>
    <c:if test="${empty sales}"><tr><td colspan="5" class="muted"><fmt:message key="common.none"/></td></tr></c:if>
    </tbody>
</table>
</div>
</t:layout>
